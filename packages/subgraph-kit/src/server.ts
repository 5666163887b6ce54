import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { type Actor, importSigningKey, londonToday, parseJwk } from '@lac/access';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { requireGatewayToken } from './authenticate';
import { type SubgraphContext, createContext } from './context';
import { BODY_LIMIT_BYTES, graphqlPost, isPlainGraphqlPost } from './graphql-post';
import { VerifiedTokens } from './verified-tokens';
import { type StatementCounter, createDataSource, openServiceDatabase } from '@lac/database';
import { devToolsEnabled, landingPagePlugin } from './dev-tools';
import { maskError } from './format-error';
import { SUBGRAPH_ARMOR, subgraphQueryLimits } from './query-limits';
import { type SchemaDefinition, buildFederatedSchema } from './schema';

/**
 * Work a subgraph does on its own rows after every start (e.g. bringing stored answers up to date with a new
 * version of a rule's data). It runs in the background once the service listens, so requests are answered from the
 * rows as they are meanwhile; it stops early when `signal` aborts (the service stopping) and its failure is logged,
 * never fatal: the next start tries again. It must be idempotent and take the same locks as the writes it mirrors.
 */
export type StartTask = (db: DataSource, signal: AbortSignal) => Promise<unknown>;

export interface SubgraphOptions extends SchemaDefinition {
  /** The subgraph's name in the supergraph and the audience of its tokens, e.g. `care-planning`. */
  name: string;
  /** Its PostgreSQL schema, e.g. `care_planning`. */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** The subgraph's own role (`lac_care_planning`): never a superuser, never the owner of its tables. */
  databaseUrl: string;
  /** The owner role (`lac_owner`) that migrates; omitted, the subgraph migrates with `databaseUrl` (a one-role dev database). */
  migrationDatabaseUrl?: string;
  /** Refuse to start when `databaseUrl` is a superuser or owns tables (production sets it). */
  requireLeastPrivilege?: boolean;
  /** The gateway's public JWK (JSON). */
  gatewayPublicKey: string;
  port?: number;
  host?: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  /** The date in England; tests pin it. */
  today?: () => string;
  /** Introspection and the Sandbox landing page; off unless GRAPHQL_DEV_TOOLS=true (see dev-tools.ts). */
  devTools?: boolean;
  onStart?: StartTask;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** The address it listens on: 127.0.0.1 by default, 0.0.0.0 (all interfaces) in a container. */
  host: string;
  dataSource: DataSource;
  schema: GraphQLSchema;
  /** Statements sent to PostgreSQL and requests answered, for the performance contract. */
  statements: StatementCounter;
  requests: { count: number };
  /** Settles when the subgraph's `onStart` task has finished (at once when it has none); never rejects. */
  started: Promise<void>;
  stop: () => Promise<void>;
}

/** A new subgraph is its domain modules plus this call. */
export async function startSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  const { dataSource, statements } = createDataSource({
    url: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    poolSize: options.poolSize,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  await openServiceDatabase({
    dataSource,
    url: options.databaseUrl,
    migrationUrl: options.migrationDatabaseUrl,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    // Subgraphs record relationships (an allocation, a placement's carer) in the shared access tables.
    access: 'write',
    requireLeastPrivilege: options.requireLeastPrivilege,
  });

  const schema = await buildFederatedSchema(options);
  const key = await importSigningKey(parseJwk(options.gatewayPublicKey, 'public'));
  const today = options.today ?? (() => londonToday());
  const requests = { count: 0 };

  const app = express();
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag; an answer to a POST is never revalidated, so that was a SHA-1 of
  // every response for nothing (and the body copied into a Buffer for it).
  app.set('etag', false);
  // The gateway's fetches (POST /graphql, a JSON body) take the direct path (graphql-post.ts); everything else,
  // /health and any odd request included, goes through express as before. Both paths check the token the same way.
  // (`direct` is made once Apollo has started, below; the server listens only after that.)
  const httpServer = http.createServer((req, res) => {
    if (isPlainGraphqlPost(req)) direct(req, res);
    else app(req, res);
  });
  const devTools = options.devTools ?? devToolsEnabled();
  const limits = subgraphQueryLimits();
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: devTools,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: maskError,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: SUBGRAPH_ARMOR.maxTokens.n },
    plugins: [
      ...limits.plugins,
      landingPagePlugin(devTools),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Both are installed by default and both hook every field (`willResolveField`), which makes Apollo wrap every
      // resolver of the schema for every request. Nothing here uses cache hints (every answer is about a child and
      // is never cached: the gateway answers no-store either way) or federated traces, so neither is installed
      // (the cache-control wrapper was 1.5% of care-planning's CPU on the caseload, docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      auditPlugin(dataSource),
    ],
  });
  await apollo.start();
  const verified = new VerifiedTokens();
  const contextFor = (req: http.IncomingMessage, actor: Actor): Promise<SubgraphContext> =>
    Promise.resolve(
      createContext({
        subgraph: options.name,
        actor,
        db: dataSource,
        today: today(),
        requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID(),
      }),
    );
  const direct = graphqlPost({
    apollo,
    key,
    audience: options.name,
    verified,
    context: contextFor,
    counted: () => {
      requests.count += 1;
    },
  });

  app.get('/health', (_req, res) => {
    dataSource
      .query('SELECT 1')
      .then(() => res.json({ status: 'ok', service: options.name }))
      .catch(() => res.status(503).json({ status: 'unavailable', service: options.name }));
  });
  app.use(
    '/graphql',
    requireGatewayToken(key, options.name, verified),
    express.json({ limit: BODY_LIMIT_BYTES }),
    (_req, _res, next) => {
      requests.count += 1;
      next();
    },
    expressMiddleware(apollo, {
      // requireGatewayToken put the verified actor here; nothing else writes it.
      context: ({ req, res }) => contextFor(req, res.locals.actor as Actor),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port, address: host } = httpServer.address() as AddressInfo;
  const abort = new AbortController();
  const started = runStartTask(options.name, options.onStart, dataSource, abort.signal);
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    host,
    dataSource,
    schema,
    statements,
    requests,
    started,
    async stop() {
      if (stopped) return;
      stopped = true;
      abort.abort();
      await started;
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}

/** Runs `onStart` in the background; its outcome is only logged (see StartTask). */
async function runStartTask(
  name: string,
  task: StartTask | undefined,
  dataSource: DataSource,
  signal: AbortSignal,
): Promise<void> {
  if (!task) return;
  try {
    await task(dataSource, signal);
  } catch (error) {
    console.error(`[${name}] start task failed; it runs again at the next start`, error);
  }
}

/** Writes the request's audit rows before answering; a read that cannot be audited is not answered. */
function auditPlugin(db: DataSource): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.audit.operation = operationName ?? null;
        },
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.audit.flush(db);
          } catch (error) {
            console.error('[audit] could not write audit rows', error);
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ];
            }
          }
        },
      };
    },
  };
}

/** Stops cleanly on SIGTERM/SIGINT so in-flight requests finish and connections close. */
export function stopOnSignals(stop: () => Promise<void>): void {
  const handler = (signal: string) => {
    console.log(`[${signal}] shutting down`);
    stop()
      .then(() => process.exit(0))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
