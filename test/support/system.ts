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
  /**
   * Stops the gateway and starts it again on the same port and database. With `rotateUserKeys`, under a new
   * user-token key pair: every access token issued before is refused, as after a key rotation in production.
   */
  restartGateway(options?: { rotateUserKeys?: boolean }): Promise<void>;
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

export interface SystemOptions {
  /** pins "today" for the subgraphs and the gateway (YYYY-MM-DD) */
  today?: string;
  /** the gateway's sign-in throttle; by default one that allows 1000 failures, so suites never trip it */
  throttle?: FailureThrottle;
}

/** The real system in one process: both subgraphs and the gateway on a fresh database, on free ports. */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const databaseUrl = await createTestDatabase(inject('databaseUrl'));
  const keys = { user: await generateSigningKeys(), internal: await generateSigningKeys() };
  const today = options.today ? () => options.today as string : undefined;
  const shared = { databaseUrl, gatewayPublicKey: JSON.stringify(keys.internal.publicJwk), today, poolSize: 4 };
  const carePlanning = await startCarePlanning(shared);
  const placements = await startPlacements(shared);
  const throttle = options.throttle ?? new FailureThrottle(1000);
  const gatewayOn = (port?: number) =>
    startGateway({
      databaseUrl,
      userTokenPrivateKey: JSON.stringify(keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(keys.internal.privateJwk),
      subgraphUrls: { 'care-planning': carePlanning.url, placements: placements.url },
      throttle,
      today,
      port,
    });
  const system: System = {
    databaseUrl,
    keys,
    carePlanning,
    placements,
    gateway: await gatewayOn(),
    subgraphs: { 'care-planning': carePlanning, placements },
    async restartGateway({ rotateUserKeys = false } = {}) {
      const port = Number(new URL(system.gateway.origin).port);
      await system.gateway.stop();
      if (rotateUserKeys) keys.user = await generateSigningKeys();
      system.gateway = await gatewayOn(port);
    },
    async signIn(username, password) {
      const res = await fetch(`${system.gateway.origin}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${res.status}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    graphql: (token, query, variables) => postGraphQL(system.gateway.url, token, query, variables),
    async stop() {
      await system.gateway.stop();
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
