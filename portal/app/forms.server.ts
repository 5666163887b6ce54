import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { data } from 'react-router';
import type { SignedIn } from './auth.server';
import { assertCsrf } from './csrf.server';
import type { VariablesOf } from './gateway.server';
import { type FormError, INPUT_ERROR_CODES, inputErrors } from './input-errors.server';
import { notFound } from './session-route.server';
import { auth } from './services.server';

export type { FormError } from './input-errors.server';

export type FormOutcome<T> =
  | { ok: true; data: T }
  | { ok: false; status: 400 | 409; errors: FormError[]; conflict: { message: string; changed: string[] } | null };

/** A posted form from a signed-in person, refused with 403 (changing nothing) unless it carries their CSRF token. */
export async function readForm(request: Request, signedIn: SignedIn): Promise<FormData> {
  const form = await request.formData();
  assertCsrf(signedIn.csrfToken, form);
  return form;
}

/** A trimmed text field, or '' when absent. */
export function text(form: FormData, name: string, max = 10_000): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** Every value of a repeated field (checkboxes). */
export function all(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/**
 * A mutation through the gateway. BAD_USER_INPUT and CONFIDENTIAL_FACT_IN_TEXT become field errors the page shows
 * beside the field (with the gateway's own message, which says what to fix; `inputErrors`); CONFLICT becomes a 409 naming what changed; NOT_FOUND — the
 * child or record does not exist or is not this person's to change — becomes the 404 page.
 * `fieldIds` maps a GraphQL input field to the form field's id where they differ.
 */
export async function submit<T, V>(
  request: Request,
  signedIn: SignedIn,
  mutation: TypedDocumentNode<T, V>,
  variables: V,
  fieldIds: Record<string, string> = {},
): Promise<FormOutcome<T>> {
  // Every mutation has variables; VariablesOf only makes them optional for operations that have none.
  const { data: result, errors } = await auth().mutate(request, signedIn, mutation, ...([variables] as VariablesOf<V>));
  if (errors.length === 0 && result) return { ok: true, data: result };
  if (errors.some((e) => e.extensions?.code === 'NOT_FOUND')) throw notFound(signedIn.headers);
  const conflict = errors.find((e) => e.extensions?.code === 'CONFLICT');
  if (conflict) {
    const changed = Array.isArray(conflict.extensions?.changed) ? (conflict.extensions.changed as string[]) : [];
    return { ok: false, status: 409, errors: [], conflict: { message: conflict.message, changed } };
  }
  const input = errors.filter((e) => (INPUT_ERROR_CODES as readonly unknown[]).includes(e.extensions?.code));
  if (input.length === 0) {
    console.error(
      'portal: mutation failed',
      errors.map((e) => e.extensions?.code ?? 'no code'),
    );
    throw data({ reason: 'gateway' }, { status: 502, statusText: 'Bad Gateway', headers: signedIn.headers });
  }
  return { ok: false, status: 400, errors: inputErrors(input, fieldIds), conflict: null };
}

/**
 * A GOV.UK date input read back as YYYY-MM-DD; '' when all three boxes are empty. Anything else is passed on as
 * typed (padded), so the gateway's validation names the problem in one place.
 */
export function dateFrom(form: FormData, id: string): string {
  const [day, month, year] = ['day', 'month', 'year'].map((p) => text(form, `${id}-${p}`, 8));
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether a YYYY-MM-DD string names a day that exists (no 31 April, no 29 February outside leap years). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export interface DateCheck {
  /** the date input's id (its boxes are `${field}-day`, `-month`, `-year`; the day box carries the id) */
  field: string;
  /** what dateFrom read: YYYY-MM-DD as typed, or '' when every box was empty */
  value: string;
  /** how the GOV.UK message names it, capitalised: "The date the challenge was opened" */
  name: string;
  /** the graph types it `Date!`: an empty date cannot be sent at all, so it is asked for here */
  required?: boolean;
}

/**
 * The dates the person typed, checked before anything is sent. The graph types dates as a Date scalar, so it
 * refuses a malformed one while validating the request, before any resolver runs and without naming the field;
 * only the portal knows which boxes it came from. The message follows the GOV.UK date input pattern; the form
 * keeps what was typed (dateFrom pads, never corrects), so the person can fix it.
 *
 * A required date (`Date!` in the graph) left empty is asked for ("Enter the date of the review"). An optional
 * date left empty is not checked here: it goes to the graph as null (see `optionalDate`), which says what the
 * record needs, naming the field.
 */
export function dateErrors(checks: DateCheck[]): FormError[] {
  const errors: FormError[] = [];
  for (const { field, value, name, required } of checks) {
    const href = `#${field}`;
    if (value === '') {
      if (required) errors.push({ field, href, text: `Enter ${name.charAt(0).toLowerCase()}${name.slice(1)}` });
    } else if (!isRealDate(value)) {
      errors.push({ field, href, text: `${name} must be a real date` });
    }
  }
  return errors;
}

/** An optional date as the graph takes it: null when the person left every box empty. */
export function optionalDate(value: string): string | null {
  return value === '' ? null : value;
}
