import { generateSigningKeys, type KeyPairJwk } from '@lac/access';
import { startCarePlanning } from '@lac/care-planning';
import { FailureThrottle, type RunningGateway, startGateway } from '@lac/gateway';
import { startPlacements } from '@lac/placements';
import type { RunningSubgraph } from '@lac/subgraph-kit';
import { createTestDatabase } from '@lac/testing';
import { inject } from 'vitest';

export interface System {
  databaseUrl: string;
  keys: { user: KeyPairJwk; internal: KeyPairJwk };
  carePlanning: RunningSubgraph;
  placements: RunningSubgraph;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  signIn(username: string, password: string): Promise<string>;
  graphql<T = Record<string, unknown>>(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  raw: string;
}

/** The real system in one process: both subgraphs and the gateway on a fresh database, on free ports. */
export async function startSystem(options: { today?: string } = {}): Promise<System> {
  const databaseUrl = await createTestDatabase(inject('databaseUrl'));
  const keys = { user: await generateSigningKeys(), internal: await generateSigningKeys() };
  const today = options.today ? () => options.today as string : undefined;
  const shared = { databaseUrl, gatewayPublicKey: JSON.stringify(keys.internal.publicJwk), today, poolSize: 4 };
  const carePlanning = await startCarePlanning(shared);
  const placements = await startPlacements(shared);
  const gateway = await startGateway({
    databaseUrl,
    userTokenPrivateKey: JSON.stringify(keys.user.privateJwk),
    internalTokenPrivateKey: JSON.stringify(keys.internal.privateJwk),
    subgraphUrls: { 'care-planning': carePlanning.url, placements: placements.url },
    throttle: new FailureThrottle(1000),
    today,
  });
  const system: System = {
    databaseUrl,
    keys,
    carePlanning,
    placements,
    gateway,
    subgraphs: { 'care-planning': carePlanning, placements },
    async signIn(username, password) {
      const res = await fetch(`${gateway.origin}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${res.status}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    graphql: (token, query, variables) => postGraphQL(gateway.url, token, query, variables),
    async stop() {
      await gateway.stop();
      await placements.stop();
      await carePlanning.stop();
    },
  };
  return system;
}

export async function postGraphQL<T>(
  url: string,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  let body: { data?: T | null; errors?: GraphQLResponse<T>['errors'] } = {};
  try {
    body = JSON.parse(raw);
  } catch {
    // leave body empty: the caller asserts on status and raw
  }
  return { status: res.status, data: body.data, errors: body.errors, raw };
}
