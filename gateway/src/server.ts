import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { importSigningKey, londonToday, parseJwk } from '@lac/access';
import { createDataSource, openServiceDatabase } from '@lac/database';
import { SUBGRAPHS } from '@lac/registry';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Agent } from 'undici';
import { loadActor } from './auth/load-actor';
import type { FailureThrottle } from './auth/throttle';
import { tokenRoute } from './auth/token-route';
import { VerifiedUserTokens } from './auth/verified-user-tokens';
import { SUPERGRAPH_PATH } from './graph/compose';
import type { GatewayContext } from './graph/context';
import { devToolsEnabled, landingPagePlugin } from './graph/dev-tools';
import { maskGatewayError } from './graph/format-error';
import { tokenLimitLog } from './graph/token-limit';
import { httpErrorHandler } from './http-errors';
import { reportedHost } from './listen';
import { parseTrustedProxies } from './trusted-proxies';
import { InternalTokens, tokenReuseMs } from './graph/internal-tokens';
import { SignedDataSource } from './graph/signed-data-source';
import { IDENTITY_MIGRATIONS } from './migrations';

export interface GatewayOptions {
  /** The gateway's own role (`lac_gateway`): never a superuser, never the owner of its tables. */
  databaseUrl: string;
  /** The owner role (`lac_owner`) that migrates; omitted, the gateway migrates with `databaseUrl`. */
  migrationDatabaseUrl?: string;
  /** Refuse to start when `databaseUrl` is a superuser or owns tables (production sets it). */
  requireLeastPrivilege?: boolean;
  userTokenPrivateKey: string;
  internalTokenPrivateKey: string;
  subgraphUrls: Record<string, string>;
  port?: number;
  /** The interface to listen on: loopback by default, 0.0.0.0 in a container. */
  host?: string;
  /** Introspection and the Sandbox landing page; off unless GRAPHQL_DEV_TOOLS=true (graph/dev-tools.ts). */
  devTools?: boolean;
  /**
   * Where a client's rejected request (body too large, token limit) and a subgraph given up on are logged, one line
   * each; console.warn.
   */
  log?: (line: string) => void;
  userTokenTtlSeconds?: number;
  /** The budget for one subgraph fetch; past it, that subgraph's part of the answer is null with its path. */
  subgraphTimeoutMs?: number;
  /** TRUSTED_PROXIES: the proxies whose X-Forwarded-For is believed; none by default (trusted-proxies.ts). */
  trustProxy?: string;
  throttle?: FailureThrottle;
  today?: () => string;
}

export interface RunningGateway {
  url: string;
  origin: string;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** A few seconds: a page waits this long at most for a stuck subgraph before rendering without its part. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 4_000;

export const ARMOR = {
  maxDepth: { n: 8 },
  maxAliases: { n: 10 },
  // Enforced by the parser (parseOptions below), so a breach is a 400 parse error, not a plugin's 500.
  maxTokens: { n: 2000, enabled: false },
  maxDirectives: { n: 20 },
  // Armor's static estimate compounds by depth: the full caseload page (all child fields, placement, review) is ~20k.
  costLimit: { maxCost: 25_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: true },
};

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const identity = { schema: 'identity', entities: [], migrations: IDENTITY_MIGRATIONS };
  const { dataSource } = createDataSource({ url: options.databaseUrl, ...identity });
  await openServiceDatabase({
    dataSource,
    url: options.databaseUrl,
    migrationUrl: options.migrationDatabaseUrl,
    ...identity,
    access: 'read',
    requireLeastPrivilege: options.requireLeastPrivilege,
  });

  const userKey = await importSigningKey(parseJwk(options.userTokenPrivateKey, 'private'));
  const internalKey = await importSigningKey(parseJwk(options.internalTokenPrivateKey, 'private'));
  const userTokens = new VerifiedUserTokens(userKey);
  const today = options.today ?? (() => londonToday());
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const log = options.log ?? ((line: string) => console.warn(line));

  // One keep-alive pool for every subgraph fetch: connections stay open between requests instead of a new
  // handshake per fetch (graph/subgraph-fetcher.ts).
  // A subgraph that does not accept the connection is given up within the same budget as one that does not answer.
  const dispatcher = new Agent({ keepAliveTimeout: 4_000, connect: { timeout: timeoutMs } });
  const tokens = new InternalTokens(internalKey, { reuseMs: tokenReuseMs(timeoutMs) });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph ${name}`);
      return new SignedDataSource({ subgraph: name, url: target, tokens, timeoutMs, dispatcher, log });
    },
  });
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag; a GraphQL answer to a POST is never revalidated, so that was a
  // SHA-1 of every response for nothing.
  app.set('etag', false);
  app.set('trust proxy', parseTrustedProxies(options.trustProxy));
  const httpServer = http.createServer({ keepAliveTimeout: 65_000 }, app);
  const armor = new ApolloArmor(ARMOR).protect();
  const devTools = options.devTools ?? devToolsEnabled();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: devTools,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    maxRecursiveSelections: true,
    formatError: maskGatewayError,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: ARMOR.maxTokens.n },
    plugins: [
      ...armor.plugins,
      tokenLimitLog('gateway', log),
      landingPagePlugin(devTools),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    dataSource
      .query('SELECT 1')
      .then(() => res.json({ status: 'ok', service: 'gateway', subgraphs: SUBGRAPHS.map((s) => s.name) }))
      .catch(() => res.status(503).json({ status: 'unavailable', service: 'gateway' }));
  });
  app.use(
    tokenRoute({
      db: dataSource,
      userKey,
      ttlSeconds: options.userTokenTtlSeconds ?? 3600,
      throttle: options.throttle,
    }),
  );
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7) : '';
        const claims = token ? await userTokens.verify(token) : null;
        const actor = claims ? await loadActor(dataSource, claims.personId, today()) : null;
        if (!actor) {
          throw new GraphQLError('Sign in to continue', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return { actor, requestId: randomUUID() };
      },
    }),
  );
  app.use(httpErrorHandler(log));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const origin = `http://${reportedHost(host)}:${port}`;
  let stopped = false;
  return {
    url: `${origin}/graphql`,
    origin,
    dataSource,
    async stop() {
      if (stopped) return;
      stopped = true;
      await apollo.stop();
      await dispatcher.close();
      await dataSource.destroy();
    },
  };
}
