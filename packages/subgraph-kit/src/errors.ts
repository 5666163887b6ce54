import { GraphQLError } from 'graphql';

/** Error codes a client may rely on; anything else is masked as an internal error. */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'CONFIDENTIAL_FACT_IN_TEXT',
] as const;

export type InputProblem =
  | 'UNKNOWN_CODE'
  | 'END_BEFORE_START'
  | 'DATE_IN_FUTURE'
  | 'INVALID_DATE'
  | 'OVERLAPS'
  | 'OUTSIDE_PERIOD_OF_CARE'
  | 'BEFORE_RECORDED_REVIEW'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_FOR_AGE'
  | 'INVALID_STATE'
  /** A decision the law keeps from whoever it was given to (delegated authority, DOMAIN.md §4). */
  | 'NOT_DELEGABLE'
  /** Under s.20 a delegation needs the parent's recorded agreement. */
  | 'NEEDS_PARENT_AGREEMENT'
  | 'INVALID';

/** Bad input: says which field, why, and what to do, and nothing has been changed. */
export function badInput(field: string, problem: InputProblem, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, problem } });
}

/** Used both for what does not exist and for what the caller may not see, so the two cannot be told apart. */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string, changed: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', changed } });
}
