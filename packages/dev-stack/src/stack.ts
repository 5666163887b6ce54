import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { londonToday } from '@lac/access';
import { DEMO_PASSWORD, demoAuthority, ensureDatabase, type DemoAccount } from '@lac/testing';
import { loadOrCreateKeys, makeKeys, type StackKeys } from './keys';
import { type Log, ManagedProcess, prefix, runToCompletion, waitForHttp } from './processes';

export const DEFAULT_PORTS = { portal: 3000, gateway: 4000, carePlanning: 4001, placements: 4002, postgres: 54320 } as const;

export interface StackPorts {
  portal: number;
  gateway: number;
  carePlanning: number;
  placements: number;
}

export interface StackOptions {
  /** The repository root; by default the one this package sits in. */
  root?: string;
  /** Use this PostgreSQL database; when absent an embedded server keeps its data in `<dataDir>/pg`. */
  databaseUrl?: string;
  /** Where the embedded database and keys.json live (default `<root>/.data`). */
  dataDir?: string;
  /** `'persist'` (default) keeps the signing keys in `<dataDir>/keys.json`; `'ephemeral'` makes new ones each start. */
  keys?: 'persist' | 'ephemeral';
  /** Listening ports; 0 means any free port. Defaults: portal 3000, gateway 4000, care-planning 4001, placements 4002. */
  ports?: Partial<StackPorts>;
  postgresPort?: number;
  /** Seed the demo local authority (default true; the seeders skip what is already there). */
  seed?: boolean;
  /** Start the portal when `portal/build/server/index.js` exists (default) or never. */
  portal?: 'auto' | false;
  /** The demo data's "today" (DEMO_TODAY); by default today in London. */
  today?: string;
  /** Extra environment for every child. */
  env?: NodeJS.ProcessEnv;
  /** Every line the launcher and its children print (default: stdout). */
  log?: Log;
  healthTimeoutMs?: number;
  /** Aborting during start stops whatever has started and rejects. */
  signal?: AbortSignal;
}

export interface StackTimings {
  postgresMs: number;
  /** Seeding and the services' start overlap, so totalMs is less than their sum. */
  seedMs: number;
  servicesMs: number;
  totalMs: number;
}

export interface RunningStack {
  databaseUrl: string;
  /** The gateway's origin (POST /auth/token, GET /health) and its GraphQL endpoint. */
  gatewayUrl: string;
  graphqlUrl: string;
  carePlanningUrl: string;
  placementsUrl: string;
  /** Null when the portal is not built (or not asked for). */
  portalUrl: string | null;
  accounts: DemoAccount[];
  password: string;
  timings: StackTimings;
  /** Resolves with a description when a child exits without being asked to (the stack is then stopping). */
  failed: Promise<Error>;
  /** Stops every child (SIGTERM, then SIGKILL after 5 s) and the embedded PostgreSQL. Idempotent. */
  stop(): Promise<void>;
}

export const defaultRoot = (): string => path.resolve(__dirname, '..', '..', '..');

interface Service {
  name: string;
  dir: string;
  main: string;
  seed?: string;
  /** A second demo seeder, run after every service's first (it needs what they wrote). */
  seedAfter?: string;
}

function services(root: string) {
  const at = (dir: string, file: string) => path.join(root, dir, file);
  const gateway: Service = { name: 'gateway', dir: at('gateway', ''), main: at('gateway', 'dist/main.js'), seed: at('gateway', 'dist/demo/seed-cli.js') };
  const carePlanning: Service = {
    name: 'care-planning',
    dir: at('subgraphs/care-planning', ''),
    main: at('subgraphs/care-planning', 'dist/main.js'),
    seed: at('subgraphs/care-planning', 'dist/demo/seed-cli.js'),
    // The upcoming reviews invite the carer, whose relationship the placements seeder writes.
    seedAfter: at('subgraphs/care-planning', 'dist/demo/seed-upcoming-cli.js'),
  };
  const placements: Service = {
    name: 'placements',
    dir: at('subgraphs/placements', ''),
    main: at('subgraphs/placements', 'dist/main.js'),
    seed: at('subgraphs/placements', 'dist/demo/seed-cli.js'),
  };
  return { gateway, carePlanning, placements };
}

/** Fails early, naming what is missing, when the services have not been built. */
export function assertBuilt(root: string): void {
  const s = services(root);
  const needed = [s.gateway, s.carePlanning, s.placements].flatMap((x) => [x.main, x.seed!, ...(x.seedAfter ? [x.seedAfter] : [])]);
  needed.push(path.join(root, 'packages/dev-stack/dist/postgres-host.js'), path.join(root, 'packages/dev-stack/dist/exit-with-parent.js'));
  const missing = needed.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `The stack is not built (missing ${missing.map((f) => path.relative(root, f)).join(', ')}). Run \`pnpm build\` first.`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${what}) is already in use: is another stack running? Stop it or set ${variable}.`
            : `Cannot listen on port ${port} (${what}): ${error.message}`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function resolvePort(requested: number | undefined, fallback: number, what: string, variable: string): Promise<number> {
  const port = requested ?? fallback;
  if (port === 0) return freePort();
  await assertPortFree(port, what, variable);
  return port;
}

/**
 * Brings up PostgreSQL (or uses `databaseUrl`), seeds the demo local authority, then care-planning, placements,
 * the gateway and (when built) the portal, each waited for on its health URL. Rejects, having stopped whatever it
 * started, if anything fails on the way.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const started = Date.now();
  const root = options.root ?? defaultRoot();
  const dataDir = options.dataDir ?? path.join(root, '.data');
  const log: Log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const say = (line: string) => log(`${prefix('stack')} ${line}`);
  const healthTimeoutMs = options.healthTimeoutMs ?? 60_000;
  const signal = options.signal;
  assertBuilt(root);
  const s = services(root);

  const children: ManagedProcess[] = [];
  let postgres: ManagedProcess | null = null;
  let stopping: Promise<void> | null = null;
  let reportFailure: (error: Error) => void = () => undefined;
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // The portal first, then the gateway, then the subgraphs, then the database they all use.
      for (const group of [['portal'], ['gateway'], ['care-planning', 'placements']]) {
        await Promise.all(children.filter((c) => group.includes(c.name)).map((c) => c.stop()));
      }
      await Promise.all(children.map((c) => c.stop()));
      if (postgres) await postgres.stop(10_000);
    })();
    return stopping;
  };
  const killAll = () => {
    for (const c of children) c.killNow();
    postgres?.killNow();
  };
  process.once('exit', killAll);

  const watch = (proc: ManagedProcess) => {
    void proc.exited.then(() => {
      if (proc.isStopping || stopping) return;
      const error = new Error(`${proc.name} ${proc.describeExit()} unexpectedly`);
      say(`${error.message}; stopping everything`);
      reportFailure(error);
      void stop();
    });
  };

  try {
    const ports: StackPorts = {
      carePlanning: await resolvePort(options.ports?.carePlanning, DEFAULT_PORTS.carePlanning, 'care-planning', 'CARE_PLANNING_PORT'),
      placements: await resolvePort(options.ports?.placements, DEFAULT_PORTS.placements, 'placements', 'PLACEMENTS_PORT'),
      gateway: await resolvePort(options.ports?.gateway, DEFAULT_PORTS.gateway, 'gateway', 'GATEWAY_PORT'),
      portal: 0,
    };
    const portalEntry = path.join(root, 'portal/build/server/index.js');
    const withPortal = options.portal !== false && existsSync(portalEntry);
    if (withPortal) ports.portal = await resolvePort(options.ports?.portal, DEFAULT_PORTS.portal, 'portal', 'PORTAL_PORT');

    // PostgreSQL.
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const pgPort = options.postgresPort ?? DEFAULT_PORTS.postgres;
      await assertPortFree(pgPort, 'PostgreSQL', 'POSTGRES_PORT or DATABASE_URL');
      postgres = new ManagedProcess({
        name: 'postgres',
        command: process.execPath,
        args: [path.join(root, 'packages/dev-stack/dist/postgres-host.js')],
        cwd: root,
        env: { ...process.env, PG_DATA_DIR: path.join(dataDir, 'pg'), PG_PORT: String(pgPort) },
        log,
        ipc: true,
      });
      const pg = postgres;
      const serverUrl = await new Promise<string>((resolve, reject) => {
        pg.child.on('message', (m: { ready?: string; error?: string }) =>
          m.ready ? resolve(m.ready) : reject(new Error(`PostgreSQL did not start: ${m.error}`)),
        );
        void pg.exited.then(() => reject(new Error(`PostgreSQL ${pg.describeExit()} before it was ready`)));
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
      watch(pg);
      databaseUrl = await ensureDatabase(serverUrl, 'lac');
    }
    const postgresMs = Date.now() - started;
    signal?.throwIfAborted();

    const keys: StackKeys =
      options.keys === 'ephemeral' ? await makeKeys() : await loadOrCreateKeys(path.join(dataDir, 'keys.json'));
    const today = options.today ?? options.env?.DEMO_TODAY ?? process.env.DEMO_TODAY;
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'development',
      ...(today ? { DEMO_TODAY: today } : {}),
    };

    // Demo data: identity first (the people every relationship names), then care planning, then placements, then
    // care planning's upcoming reviews (which invite the carers). The services start meanwhile (their migrations
    // and the seeders' share a lock); the stack is ready when both are.
    let seedMs = 0;
    const seeding = (async () => {
      const seedStarted = Date.now();
      if (options.seed === false) return;
      const steps = [s.gateway, s.carePlanning, s.placements].map((x) => ({ service: x, script: x.seed! }));
      steps.push({ service: s.carePlanning, script: s.carePlanning.seedAfter! });
      for (const { service, script } of steps) {
        signal?.throwIfAborted();
        await runToCompletion(
          { name: `seed ${service.name}`, command: process.execPath, args: [script], cwd: service.dir, env: baseEnv, log },
          (proc) => children.push(proc),
        );
      }
      seedMs = Date.now() - seedStarted;
    })();
    seeding.catch(() => undefined);

    const servicesStarted = Date.now();
    const exitWithParent = path.join(root, 'packages/dev-stack/dist/exit-with-parent.js');
    const launch = (name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
      const node = command === process.execPath;
      const proc = new ManagedProcess({
        name,
        command,
        args: node ? ['--require', exitWithParent, ...args] : args,
        cwd,
        env,
        log,
        ipc: node,
      });
      children.push(proc);
      watch(proc);
      return proc;
    };
    const internalPublic = JSON.stringify(keys.internalToken.publicJwk);
    const carePlanning = launch('care-planning', process.execPath, [s.carePlanning.main], s.carePlanning.dir, {
      ...baseEnv,
      PORT: String(ports.carePlanning),
      INTERNAL_TOKEN_PUBLIC_KEY: internalPublic,
    });
    const placements = launch('placements', process.execPath, [s.placements.main], s.placements.dir, {
      ...baseEnv,
      PORT: String(ports.placements),
      INTERNAL_TOKEN_PUBLIC_KEY: internalPublic,
    });
    const carePlanningUrl = `http://127.0.0.1:${ports.carePlanning}`;
    const placementsUrl = `http://127.0.0.1:${ports.placements}`;
    await Promise.all([
      waitForHttp(`${carePlanningUrl}/health`, carePlanning, healthTimeoutMs, signal),
      waitForHttp(`${placementsUrl}/health`, placements, healthTimeoutMs, signal),
    ]);

    const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    const gateway = launch('gateway', process.execPath, [s.gateway.main], s.gateway.dir, {
      ...baseEnv,
      PORT: String(ports.gateway),
      USER_TOKEN_PRIVATE_KEY: JSON.stringify(keys.userToken.privateJwk),
      INTERNAL_TOKEN_PRIVATE_KEY: JSON.stringify(keys.internalToken.privateJwk),
      CARE_PLANNING_URL: `${carePlanningUrl}/graphql`,
      PLACEMENTS_URL: `${placementsUrl}/graphql`,
    });
    await waitForHttp(`${gatewayUrl}/health`, gateway, healthTimeoutMs, signal);

    let portalUrl: string | null = null;
    if (withPortal) {
      const portalDir = path.join(root, 'portal');
      const serve = path.join(portalDir, 'node_modules/.bin/react-router-serve');
      const env = {
        ...baseEnv,
        PORT: String(ports.portal),
        // react-router-serve listens on every interface unless told otherwise.
        HOST: process.env.PORTAL_HOST ?? '127.0.0.1',
        GATEWAY_URL: gatewayUrl,
        SESSION_SECRET: keys.sessionSecret,
      };
      const portal = existsSync(serve)
        ? launch('portal', serve, ['./build/server/index.js'], portalDir, env)
        : launch('portal', 'pnpm', ['--filter', '@lac/portal', 'start'], root, env);
      await waitForHttp(`http://127.0.0.1:${ports.portal}/`, portal, healthTimeoutMs, signal);
      portalUrl = `http://localhost:${ports.portal}`;
    }
    const servicesMs = Date.now() - servicesStarted;
    await seeding;
    signal?.throwIfAborted();

    const accounts = demoAuthority(today ?? londonToday()).accounts;
    return {
      databaseUrl,
      gatewayUrl,
      graphqlUrl: `${gatewayUrl}/graphql`,
      carePlanningUrl,
      placementsUrl,
      portalUrl,
      accounts,
      password: DEMO_PASSWORD,
      timings: { postgresMs, seedMs, servicesMs, totalMs: Date.now() - started },
      failed,
      async stop() {
        await stop();
        process.removeListener('exit', killAll);
      },
    };
  } catch (error) {
    await stop();
    process.removeListener('exit', killAll);
    throw error;
  }
}
