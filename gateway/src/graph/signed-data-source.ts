import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Dispatcher } from 'undici';
import type { GatewayContext } from './context';
import type { InternalTokens } from './internal-tokens';
import { subgraphFetcher } from './subgraph-fetcher';
import { unavailableErrors } from './unavailable';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface SignedDataSourceOptions {
  subgraph: string;
  url: string;
  /** Signs (or hands out again) the identity this subgraph receives. */
  tokens: InternalTokens;
  /** How long one fetch from this subgraph may take before its part of the answer is given up (the budget). */
  timeoutMs: number;
  /** The keep-alive connection pool every subgraph fetch goes through (server.ts closes it on stop). */
  dispatcher: Dispatcher;
  log: (line: string) => void;
}

/**
 * Sends each subgraph a token minted for it alone (audience = subgraph, ≤ 60 s; internal-tokens.ts says when one is
 * handed out again). Nothing the client sent is forwarded: subgraphs learn who is asking only from the gateway's
 * signature.
 *
 * A subgraph that does not answer within the budget (stopped, stuck, refusing connections, answering 5xx) costs
 * only its own part: the fetch answers with an error per field it was to fill, so the gateway returns every other
 * subgraph's data and the client reads the path of what is missing. Throwing instead would reach Apollo Server as
 * an error without a path (and graphql-armor cannot rewrite a DOMException's message: that was the HTTP 500).
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly tokens: InternalTokens;
  private readonly log: (line: string) => void;

  constructor(options: SignedDataSourceOptions) {
    super({
      url: options.url,
      fetcher: subgraphFetcher(options.dispatcher, options.timeoutMs),
    });
    this.subgraph = options.subgraph;
    this.tokens = options.tokens;
    this.log = options.log;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    const actor = (context as Partial<GatewayContext>).actor;
    if (!actor) return;
    headers.set('authorization', `Bearer ${await this.tokens.token(actor, this.subgraph)}`);
    headers.set('x-request-id', (context as GatewayContext).requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const started = Date.now();
    try {
      return await super.process(options);
    } catch (error) {
      // Only a client's operation has a part to give up; the gateway's own requests (health checks) still throw.
      // (The request-kind enum is not exported as a value by @apollo/gateway, so the variant is told by its field.)
      if (!('incomingRequestContext' in options) || !options.request.query) throw error;
      const cause = error instanceof Error ? error.name : 'Error';
      const requestId = (options.context as Partial<GatewayContext>).requestId ?? '-';
      this.log(
        `[gateway] ${this.subgraph} unavailable after ${Date.now() - started} ms (${cause}), request ${requestId}`,
      );
      const representations: unknown = options.request.variables?.representations;
      const count = Array.isArray(representations) ? representations.length : 0;
      return { errors: unavailableErrors(options.request.query, count) };
    }
  }
}
