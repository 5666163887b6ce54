import { generateSigningKeys, type KeyPairJwk, londonToday } from '@lac/access';
import { FailureThrottle, type RunningGateway, startGateway } from '@lac/gateway';
import { SUBGRAPHS, declarationOf } from '@lac/registry';
import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from '@lac/subgraph-kit';
import { type RoleUrls, createDataSource, createRoles } from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { type GraphQLResponse, type TypedDocument, postGraphQL, postTypedGraphQL } from './graphql';
import { DataReset } from './reset-data';

export {
  postGraphQL,
  postTypedGraphQL,
  withUncheckedVariables,
  type GraphQLResponse,
  type TypedDocument,
} from './graphql';

export interface System {
  /** The test database as its administrator (a superuser): for starting extra services, never for a service's own rows. */
  databaseUrl: string;
  /** The URL each role connects with: the owner that migrates, and each service's own (docs/security.md). */
  roles: RoleUrls;
  /**
   * A superuser connection, for what no service may do: read the audit trail, tamper with it to prove it shows,
   * empty the tables between files.
   */
  admin: DataSource;
  keys: { user: KeyPairJwk; internal: KeyPairJwk };
  gateway: RunningGateway;
  /** Every subgraph declared in @lac/registry, by name. */
  subgraphs: Record<string, RunningSubgraph>;
  /**
   * Stops the gateway and starts it again on the same port and database. With `rotateUserKeys`, under a new
   * user-token key pair: every access token issued before is refused, as after a key rotation in production.
   */
  restartGateway(options?: { rotateUserKeys?: boolean }): Promise<void>;
  /**
   * Another instance of a declared subgraph on the same database, for a test that must stop or break one without
   * taking the worker's shared instance from the files after it. The caller stops it.
   */
  startExtraSubgraph(name: string): Promise<RunningSubgraph>;
  signIn(username: string, password: string): Promise<string>;
  /** A typed operation (`graphql(...)` from test/graphql/generated) through the gateway, with its result type. */
  graphql<TResult, TVariables>(
    token: string | null,
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult>>;
  /**
   * A document the schema does not type: for tests that send invalid, oversized or deliberately malformed
   * operations, and those not yet written with `graphql(...)`.
   */
  rawGraphql<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Ends the file's use of the system: its own gateway if it had one; the worker's system stays for the next file. */
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** pins "today" for the subgraphs and the gateway (YYYY-MM-DD), for this file only */
  today?: string;
  /** the gateway's sign-in throttle; by default one that allows 1000 failures, so suites never trip it */
  throttle?: FailureThrottle;
}

/**
 * What a worker starts once and its test files share: every declared subgraph on one database, and a gateway.
 * Starting them is most of a file's cost, so a worker pays it once (the integration and browser projects run with
 * `isolate: false`); what a file may change (data, today, the throttle, the user keys) is reset per file.
 */
interface WorkerSystem {
  databaseUrl: string;
  roles: RoleUrls;
  admin: DataSource;
  keys: { user: KeyPairJwk; internal: KeyPairJwk };
  subgraphs: Record<string, RunningSubgraph>;
  gateway: RunningGateway;
  reset: DataReset;
  /** The file's pinned today, read by every service on each request. */
  today: string | undefined;
  throttle: SwappableThrottle;
  startSubgraph(name: string): Promise<RunningSubgraph>;
  /** Starts again, on their ports, the shared subgraphs a previous file stopped. */
  restoreStoppedSubgraphs(): Promise<void>;
  startGateway(options: { port?: number; throttle: FailureThrottle }): Promise<RunningGateway>;
}

/**
 * The gateway holds its throttle for its lifetime; this one forwards to a fresh throttle per file, so one file's
 * failed sign-ins never count against the next.
 */
class SwappableThrottle extends FailureThrottle {
  current = new FailureThrottle(1000);
  override isBlocked(db: DataSource, key: string): Promise<boolean> {
    return this.current.isBlocked(db, key);
  }
  override recordFailure(db: DataSource, key: string): Promise<number> {
    return this.current.recordFailure(db, key);
  }
  override clear(db: DataSource, key: string): Promise<void> {
    return this.current.clear(db, key);
  }
}

const KEY = Symbol.for('lac.test.workerSystem');
const globals = globalThis as { [KEY]?: Promise<WorkerSystem> };

async function startWorkerSystem(): Promise<WorkerSystem> {
  const databaseUrl = await createTestDatabase(inject('databaseUrl'));
  // Every service connects with its own role, as in production; the superuser only resets data between files.
  const roles = await createRoles(databaseUrl, ['gateway', 'portal', ...SUBGRAPHS.map((s) => s.name)]);
  const admin = createDataSource({ url: databaseUrl, schema: 'public', entities: [], migrations: [], poolSize: 2 });
  await admin.dataSource.initialize();
  const keys = { user: await generateSigningKeys(), internal: await generateSigningKeys() };
  const state = { today: undefined as string | undefined };
  const today = () => state.today ?? londonToday();
  const shared = {
    migrationDatabaseUrl: roles.owner,
    gatewayPublicKey: JSON.stringify(keys.internal.publicJwk),
    today,
    poolSize: 4,
  };
  const startDeclared = async (name: string, port?: number): Promise<RunningSubgraph> => {
    // Each subgraph's package exports its `definition`; the kit starts it, so no subgraph is named here.
    const pkg = (await import(declarationOf(name).package)) as {
      definition: Omit<SubgraphOptions, keyof typeof shared | 'port' | 'databaseUrl'>;
    };
    return startSubgraph({ ...pkg.definition, ...shared, databaseUrl: roles.services[name], port });
  };
  const stopped = new Set<string>();
  /** A file may stop a shared subgraph to test an outage; the next file gets it back on the same port. */
  const startShared = async (name: string, port?: number): Promise<RunningSubgraph> => {
    const running = await startDeclared(name, port);
    return {
      ...running,
      async stop() {
        stopped.add(name);
        await running.stop();
      },
    };
  };
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const declaration of SUBGRAPHS) subgraphs[declaration.name] = await startShared(declaration.name);
  const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
  const throttle = new SwappableThrottle();
  const gatewayOn = ({ port, throttle }: { port?: number; throttle: FailureThrottle }) =>
    startGateway({
      databaseUrl: roles.services.gateway,
      migrationDatabaseUrl: roles.owner,
      userTokenPrivateKey: JSON.stringify(keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(keys.internal.privateJwk),
      subgraphUrls,
      throttle,
      today,
      port,
      // the portal, started by browser suites on loopback, tells the gateway the browser's address
      trustProxy: 'loopback',
    });
  const gateway = await gatewayOn({ throttle });
  const reset = await DataReset.prepare(admin.dataSource, [
    'identity',
    'access',
    'audit',
    ...SUBGRAPHS.map((s) => s.dbSchema),
  ]);
  const worker: WorkerSystem = {
    databaseUrl,
    roles,
    admin: admin.dataSource,
    keys,
    subgraphs,
    gateway,
    reset,
    throttle,
    startGateway: gatewayOn,
    startSubgraph: (name) => startDeclared(name),
    async restoreStoppedSubgraphs() {
      for (const name of stopped) {
        subgraphs[name] = await startShared(name, subgraphs[name].port);
        stopped.delete(name);
      }
    },
    get today() {
      return state.today;
    },
    set today(value) {
      state.today = value;
    },
  };
  return worker;
}

/**
 * The real system for one test file: the worker's subgraphs and gateway, started on first use, with every table
 * emptied and "today" pinned for this file. A file that brings its own throttle gets its own gateway on the same
 * subgraphs and database.
 */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const worker = await (globals[KEY] ??= startWorkerSystem());
  await worker.restoreStoppedSubgraphs();
  await worker.reset.run(worker.admin);
  worker.today = options.today;
  worker.throttle.current = new FailureThrottle(1000);
  const ownGateway = options.throttle ? await worker.startGateway({ throttle: options.throttle }) : undefined;
  const keys = worker.keys;
  const system: System = {
    databaseUrl: worker.databaseUrl,
    roles: worker.roles,
    admin: worker.admin,
    keys,
    subgraphs: worker.subgraphs,
    gateway: ownGateway ?? worker.gateway,
    async restartGateway({ rotateUserKeys = false } = {}) {
      const port = Number(new URL(system.gateway.origin).port);
      await system.gateway.stop();
      if (rotateUserKeys) keys.user = await generateSigningKeys();
      if (ownGateway) {
        system.gateway = await worker.startGateway({ port, throttle: options.throttle as FailureThrottle });
      } else {
        // the worker's gateway itself: later files use the restarted one (and the rotated keys, shared above)
        worker.gateway = await worker.startGateway({ port, throttle: worker.throttle });
        system.gateway = worker.gateway;
      }
    },
    startExtraSubgraph: (name) => worker.startSubgraph(name),
    async signIn(username, password) {
      const res = await fetch(`${system.gateway.origin}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${res.status}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    graphql: (token, document, variables) => postTypedGraphQL(system.gateway.url, token, document, variables),
    rawGraphql: (token, query, variables) => postGraphQL(system.gateway.url, token, query, variables),
    async stop() {
      if (system.gateway !== worker.gateway) await system.gateway.stop();
    },
  };
  return system;
}
