import type { GraphQLFormattedError } from 'graphql';
import { PUBLIC_ERROR_CODES } from './errors';

const PUBLIC = new Set<string>([...PUBLIC_ERROR_CODES, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** Errors the client can act on keep their message; anything else is logged and answered as an internal error. */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC.has(code)) return formatted;
  console.error('[subgraph] internal error', error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
