import type { GraphQLErrorShape } from './gateway.server';

/** One message per form field, in the order the gateway gave them; `href` targets the field's id. */
export interface FormError {
  field: string;
  href: string;
  text: string;
}

/** The codes whose errors name a form field: bad input, and confidential facts found in free text. */
export const INPUT_ERROR_CODES = ['BAD_USER_INPUT', 'CONFIDENTIAL_FACT_IN_TEXT'] as const;

interface Finding {
  field: string;
  message: string;
}

const isFinding = (f: unknown): f is Finding =>
  typeof f === 'object' &&
  f !== null &&
  typeof (f as Finding).field === 'string' &&
  typeof (f as Finding).message === 'string';

/**
 * The form field an input path names: mapped by the page where they differ; a list entry
 * (`parentDecisionIds.0`) falls back to its list's field, so the summary still links to something on the page.
 */
function formField(raw: string, fieldIds: Record<string, string>): string {
  if (fieldIds[raw]) return fieldIds[raw];
  const list = /^(.+)\.\d+$/.exec(raw)?.[1];
  return list ? (fieldIds[list] ?? list) : raw;
}

/**
 * Field errors from the gateway's answer. BAD_USER_INPUT names one field; CONFIDENTIAL_FACT_IN_TEXT lists each
 * confidential fact found (a placement address, a carer's name…) with its field and a message saying what was
 * found and the way out (remove it, or mark the passage professionals only), one error per finding, so the error
 * summary names every one and each field shows its own. The form keeps what was typed.
 */
export function inputErrors(errors: readonly GraphQLErrorShape[], fieldIds: Record<string, string>): FormError[] {
  return errors.flatMap((error) => {
    const code = error.extensions?.code;
    const findings = Array.isArray(error.extensions?.findings) ? error.extensions.findings.filter(isFinding) : [];
    const named =
      code === 'CONFIDENTIAL_FACT_IN_TEXT' && findings.length > 0
        ? findings.map((f) => ({ raw: f.field, text: f.message }))
        : [{ raw: typeof error.extensions?.field === 'string' ? error.extensions.field : '', text: error.message }];
    return named.map(({ raw, text }) => {
      const field = raw ? formField(raw, fieldIds) : '';
      return { field, href: `#${field || 'main-content'}`, text };
    });
  });
}
