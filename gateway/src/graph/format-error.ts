import type { GraphQLFormattedError } from 'graphql';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'CONFIDENTIAL_FACT_IN_TEXT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  // a subgraph given up on: a fixed message and the path of the missing part (graph/unavailable.ts)
  'SUBGRAPH_UNAVAILABLE',
]);
const PUBLIC_EXTENSIONS = ['code', 'field', 'problem', 'changed', 'findings'] as const;

/**
 * What leaves the gateway: for errors a client can act on, the message and the public extensions; for anything
 * else (a subgraph down, a timeout, a bug) a fixed message, so no internal URL, status or body ever leaks.
 */
export function maskGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const extensions: Record<string, unknown> = {};
    for (const key of PUBLIC_EXTENSIONS) {
      if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    }
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  console.error('[gateway] masked error:', formatted.message, error instanceof Error ? error.stack : '');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
