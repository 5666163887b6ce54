import { badInput } from '@lac/subgraph-kit';

/** Free text from a form: trimmed, required, and within its limit, or a BAD_USER_INPUT naming the field. */
export function requiredText(field: string, value: string, max: number, what: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw badInput(field, 'REQUIRED', `Enter ${what}`);
  if (trimmed.length > max) {
    throw badInput(
      field,
      'TOO_LONG',
      `${capitalise(what)} must be ${max} characters or fewer (it is ${trimmed.length})`,
    );
  }
  return trimmed;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
