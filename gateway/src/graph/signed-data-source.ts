import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Dispatcher } from 'undici';
import type { GatewayContext } from './context';
import type { InternalTokens } from './internal-tokens';
import { subgraphFetcher } from './subgraph-fetcher';
import { unavailableErrors } from './unavailable';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
/** The part of Apollo Server's cache policy a fetch narrows (typed loosely by the gateway interface). */
interface CachePolicy {
  restrict(hint: { maxAge: number }): void;
}

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

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const started = Date.now();
    try {
      return await this.send(options);
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

  /**
   * What RemoteGraphQLDataSource.process does for a plain POST, without the node-fetch Headers and Request objects
   * it builds around every fetch (a few per cent of the gateway's CPU on the caseload): the query and variables as
   * JSON, this subgraph's token, the request id; a non-2xx answer becomes the same GraphQLError Apollo makes of it.
   */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const context = options.context as Partial<GatewayContext>;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context.actor) {
      headers.authorization = `Bearer ${await this.tokens.token(context.actor, this.subgraph)}`;
      headers['x-request-id'] = context.requestId ?? '-';
    }
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const response = await this.fetcher(this.url, { method: 'POST', headers, body });
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed = await this.parseBody(response);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('Expected a JSON object from the subgraph');
    // Nothing the gateway answers may be cached: what a subgraph returns depends on who asked.
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy as CachePolicy | undefined;
      policy?.restrict({ maxAge: 0 });
    }
    return { ...parsed, http: response };
  }
}
