import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * The token limit is enforced by graphql-js's own parser (ApolloServer `parseOptions.maxTokens`), not by a plugin
 * that throws: a plugin's throw is answered as a 500 with a stack trace in the log, while a parse error is the
 * client's mistake, a 400 GRAPHQL_PARSE_FAILED. This plugin only writes the one log line for it.
 */
// graphql-js 16 says "more that N tokens"; a later release may fix the typo.
export const TOKEN_LIMIT_MESSAGE = /contains more th(?:an|at) \d+ tokens/i;

export function tokenLimitLog(service: string, log: (line: string) => void): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          return async (error?: Error) => {
            if (error && TOKEN_LIMIT_MESSAGE.test(error.message)) {
              log(`[${service}] 400 query over the token limit: ${error.message.replace(/\s+/g, ' ')}`);
            }
          };
        },
      };
    },
  };
}
