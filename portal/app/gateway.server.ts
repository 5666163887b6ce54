/** The portal's only data source: the gateway, called server-side with the user's token. */

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { fetchTransport, httpTransport, type GatewayAnswer } from './gateway-transport.server';

/** Variables of a typed operation: none for an operation without variables. */
export type VariablesOf<V> = [V] extends [Record<string, never>] ? [variables?: V] : [variables: V];

export type TokenResult =
  | { kind: 'ok'; accessToken: string; expiresIn: number }
  | { kind: 'invalid' }
  | { kind: 'throttled' }
  | { kind: 'bad_request' };

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway said the token is no good (HTTP 401, or UNAUTHENTICATED): the session must end. */
export class GatewayUnauthenticated extends Error {
  constructor() {
    super('The gateway rejected the access token');
    this.name = 'GatewayUnauthenticated';
  }
}

/** The gateway could not be reached, answered oddly, or returned no data. Never shown to the user verbatim. */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorShape[] = [],
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface GatewayClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  /** Tests answer from a function; otherwise the gateway is asked over `node:http` (gateway-transport.server.ts). */
  fetch?: typeof fetch;
}

export interface GraphQLResult<T> {
  data: T;
  /** errors alongside data: a part of the page (say, a subgraph that is down) could not be loaded */
  errors: GraphQLErrorShape[];
}

export interface GatewayClient {
  requestToken(input: { username: string; password: string; clientAddress?: string }): Promise<TokenResult>;
  query<T, V>(
    token: string,
    document: TypedDocumentNode<T, V>,
    ...variables: VariablesOf<V>
  ): Promise<GraphQLResult<T>>;
  /** Like query, but a response without data (a mutation refused with BAD_USER_INPUT, CONFLICT...) is an answer. */
  mutate<T, V>(
    token: string,
    document: TypedDocumentNode<T, V>,
    ...variables: VariablesOf<V>
  ): Promise<MutationResult<T>>;
}

export interface MutationResult<T> {
  data: T | null;
  errors: GraphQLErrorShape[];
}

// Each operation is a generated document; printed once, then sent as the same text every time.
const printed = new WeakMap<object, string>();
export function operationText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const transport = options.fetch ? fetchTransport(base, timeoutMs, options.fetch) : httpTransport(base, timeoutMs);

  async function post(path: string, body: unknown, headers: Record<string, string>): Promise<GatewayAnswer> {
    try {
      return await transport(path, JSON.stringify(body), {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...headers,
      });
    } catch (error) {
      throw new GatewayError(`Gateway request to ${path} failed: ${(error as Error).name}`);
    }
  }

  const json = (res: GatewayAnswer): unknown => {
    try {
      return JSON.parse(res.text) as unknown;
    } catch {
      return null;
    }
  };

  async function graphql<T, V>(token: string, document: TypedDocumentNode<T, V>, variables: V | undefined) {
    const query = operationText(document);
    const res = await post('/graphql', { query, variables: variables ?? {} }, { Authorization: `Bearer ${token}` });
    if (res.status === 401) throw new GatewayUnauthenticated();
    const body = json(res) as { data?: T | null; errors?: GraphQLErrorShape[] } | null;
    if (!body || typeof body !== 'object') throw new GatewayError(`GraphQL answered ${res.status} without JSON`);
    const errors = Array.isArray(body.errors) ? body.errors : [];
    if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw new GatewayUnauthenticated();
    return { data: body.data ?? null, errors, status: res.status };
  }

  return {
    async requestToken({ username, password, clientAddress }) {
      const headers: Record<string, string> = {};
      if (clientAddress) headers['X-Forwarded-For'] = clientAddress;
      const res = await post('/auth/token', { username, password }, headers);
      if (res.status === 401) return { kind: 'invalid' };
      if (res.status === 429) return { kind: 'throttled' };
      if (res.status === 400) return { kind: 'bad_request' };
      if (res.status !== 200) throw new GatewayError(`Token endpoint answered ${res.status}`);
      const body = json(res) as Record<string, unknown> | null;
      const accessToken = body?.access_token;
      const expiresIn = body?.expires_in;
      if (
        typeof accessToken !== 'string' ||
        accessToken.length === 0 ||
        typeof expiresIn !== 'number' ||
        !(expiresIn > 0)
      ) {
        throw new GatewayError('Token endpoint answered without a usable token');
      }
      if (typeof body?.token_type === 'string' && body.token_type.toLowerCase() !== 'bearer') {
        throw new GatewayError('Token endpoint answered with an unexpected token type');
      }
      return { kind: 'ok', accessToken, expiresIn };
    },

    async query<T, V>(
      token: string,
      document: TypedDocumentNode<T, V>,
      ...[variables]: VariablesOf<V>
    ): Promise<GraphQLResult<T>> {
      const { data, errors, status } = await graphql(token, document, variables);
      if (data == null) throw new GatewayError(`GraphQL answered ${status} without data`, errors);
      return { data, errors };
    },

    async mutate<T, V>(
      token: string,
      document: TypedDocumentNode<T, V>,
      ...[variables]: VariablesOf<V>
    ): Promise<MutationResult<T>> {
      const { data, errors, status } = await graphql(token, document, variables);
      if (data == null && errors.length === 0)
        throw new GatewayError(`GraphQL answered ${status} without data or errors`);
      return { data, errors };
    },
  };
}
