import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type SigningKey, signInternalToken } from '@lac/access';
import type { GatewayContext } from './context';

/**
 * Sends each subgraph a token minted for it alone (audience = subgraph, ≤ 60 s). Nothing the client sent is
 * forwarded: subgraphs learn who is asking only from the gateway's signature.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly key: SigningKey,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    const actor = (context as Partial<GatewayContext>).actor;
    if (!actor) return;
    headers.set('authorization', `Bearer ${await signInternalToken(this.key, actor, this.subgraph)}`);
    headers.set('x-request-id', (context as GatewayContext).requestId);
  }
}
