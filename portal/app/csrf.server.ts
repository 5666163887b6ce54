import { createHash, timingSafeEqual } from 'node:crypto';
import { data } from 'react-router';

export const CSRF_FIELD = 'csrfToken';

/** Constant-time comparison; hashing first makes both sides the same length whatever was posted. */
export function csrfTokenMatches(expected: string | undefined, given: unknown): boolean {
  if (typeof expected !== 'string' || expected.length === 0) return false;
  if (typeof given !== 'string' || given.length === 0 || given.length > 256) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/** Throws a 403 (rendered by the error boundary) unless the form carries the session's CSRF token. */
export function assertCsrf(expected: string | undefined, form: FormData): void {
  if (!csrfTokenMatches(expected, form.get(CSRF_FIELD))) {
    throw data({ reason: 'csrf' }, { status: 403, statusText: 'Forbidden' });
  }
}
