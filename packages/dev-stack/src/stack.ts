import { existsSync } from 'node:fs';
import path from 'node:path';
import { londonToday } from '@lac/access';
import { analyzeDatabase, createRoles } from '@lac/database';
import { SUBGRAPHS, envNames } from '@lac/registry';
import { DEMO_PASSWORD, demoAuthority } from '@lac/testing';
import { loadOrCreateKeys, makeKeys, type StackKeys } from './keys';
import { assertBuilt, defaultRoot, layout } from './layout';
import type { RunningService, RunningStack, StackOptions, StackPorts } from './options';
import { startPostgres } from './postgres';
import { DEFAULT_PORTS, resolvePort } from './ports';
import { type Log, prefix, waitForHttp } from './processes';
import { seedPlan } from './seeding';
import { Supervisor } from './supervisor';

/** Every port the stack will listen on, each checked free (or picked free when 0 / `'any'`). */
async function choosePorts(options: StackOptions, withPortal: boolean): Promise<StackPorts> {
  const request =
    options.ports === 'any'
      ? { portal: 0, gateway: 0, subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])) }
      : (options.ports ?? {});
  const subgraphs: Record<string, number> = {};
  for (const s of SUBGRAPHS) {
    subgraphs[s.name] = await resolvePort(request.subgraphs?.[s.name], s.defaultPort, s.name, envNames(s.name).port);
  }
  const gateway = await resolvePort(request.gateway, DEFAULT_PORTS.gateway, 'gateway', 'GATEWAY_PORT');
  const portal = withPortal ? await resolvePort(request.portal, DEFAULT_PORTS.portal, 'portal', 'PORTAL_PORT') : 0;
  return { portal, gateway, subgraphs };
}

/**
 * Brings up PostgreSQL (or uses `databaseUrl`), seeds the demo local authority, then every declared subgraph, the
 * gateway and (when built) the portal, each waited for on its health URL. Rejects, having stopped whatever it
 * started, if anything fails on the way.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const started = Date.now();
  const root = options.root ?? defaultRoot();
  const dataDir = options.dataDir ?? path.join(root, '.data');
  const log: Log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const healthTimeoutMs = options.healthTimeoutMs ?? 60_000;
  const host = options.host ?? '127.0.0.1';
  const signal = options.signal;
  assertBuilt(root);
  const l = layout(root);
  const supervisor = new Supervisor(log, l.exitWithParent);

  try {
    const withPortal = options.portal !== false && existsSync(l.portalEntry) && existsSync(l.portalServer);
    const ports = await choosePorts(options, withPortal);

    const databaseUrl =
      options.databaseUrl ??
      (await startPostgres(l, supervisor, {
        root,
        dataDir,
        port: options.postgresPort ?? DEFAULT_PORTS.postgres,
        log,
        signal,
      }));
    const postgresMs = Date.now() - started;
    signal?.throwIfAborted();
    // The owner migrates and seeds; each service answers as its own role (docs/security.md, "Database roles").
    // `databaseUrl` is the administrator's and is used for nothing else; the portal's sessions have their own role.
    // A database from before the roles existed passes to the owner (a dev stack's .data keeps working).
    const roles = await createRoles(databaseUrl, ['gateway', 'portal', ...SUBGRAPHS.map((s) => s.name)], {
      handOver: ['access', 'audit', 'identity', 'portal', ...SUBGRAPHS.map((s) => s.dbSchema)],
    });

    const keys: StackKeys =
      options.keys === 'ephemeral' ? await makeKeys() : await loadOrCreateKeys(path.join(dataDir, 'keys.json'));
    const today = options.today ?? options.env?.DEMO_TODAY ?? process.env.DEMO_TODAY;
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: roles.owner,
      HOST: host,
      NODE_ENV: 'development',
      ...(today ? { DEMO_TODAY: today } : {}),
    };

    // Demo data, step by step (seeding.ts). The services start meanwhile (their migrations and the seeders' share a
    // lock); the stack is ready when both are.
    let seedMs = 0;
    const seeding = (async () => {
      const seedStarted = Date.now();
      if (options.seed === false) return;
      for (const group of seedPlan(l)) {
        signal?.throwIfAborted();
        await Promise.all(group.map((run) => supervisor.run(run.name, run.script, run.cwd, baseEnv)));
      }
      // The demo is a bulk load: fresh statistics, or the planner treats thousands of children as an empty table.
      await analyzeDatabase(roles.owner);
      seedMs = Date.now() - seedStarted;
    })();
    seeding.catch(() => undefined);

    const servicesStarted = Date.now();
    const internalPublic = JSON.stringify(keys.internalToken.publicJwk);
    // Health is asked on loopback, which answers whether the service is bound to it or to every interface.
    const local = (port: number) => `http://127.0.0.1:${port}`;
    const subgraphs: Record<string, RunningService> = {};
    await Promise.all(
      l.subgraphs.map(async (s) => {
        const name = s.declaration.name;
        const port = ports.subgraphs[name];
        const proc = supervisor.node(name, s.main, [], s.dir, {
          ...baseEnv,
          DATABASE_URL: roles.services[name],
          MIGRATION_DATABASE_URL: roles.owner,
          PORT: String(port),
          INTERNAL_TOKEN_PUBLIC_KEY: internalPublic,
        });
        subgraphs[name] = { origin: local(port), graphqlUrl: `${local(port)}/graphql` };
        await waitForHttp(`${local(port)}/health`, proc, healthTimeoutMs, signal);
      }),
    );

    const gatewayUrl = local(ports.gateway);
    const gateway = supervisor.node('gateway', l.gateway.main, [], l.gateway.dir, {
      // the portal, on loopback, tells the gateway the browser's address (X-Forwarded-For) for the sign-in throttle
      TRUSTED_PROXIES: 'loopback',
      ...baseEnv,
      DATABASE_URL: roles.services.gateway,
      MIGRATION_DATABASE_URL: roles.owner,
      PORT: String(ports.gateway),
      USER_TOKEN_PRIVATE_KEY: JSON.stringify(keys.userToken.privateJwk),
      INTERNAL_TOKEN_PRIVATE_KEY: JSON.stringify(keys.internalToken.privateJwk),
      ...Object.fromEntries(SUBGRAPHS.map((s) => [envNames(s.name).url, subgraphs[s.name].graphqlUrl])),
    });
    await waitForHttp(`${gatewayUrl}/health`, gateway, healthTimeoutMs, signal);

    let portalUrl: string | null = null;
    if (withPortal) {
      // The portal's server listens on every interface unless HOST says otherwise (baseEnv sets it). It runs in
      // production mode, as deployed: the stack gives it a real session secret and its own least-privilege role.
      const portal = supervisor.node('portal', l.portalServer, [l.portalEntry], l.portalDir, {
        ...baseEnv,
        NODE_ENV: 'production',
        DATABASE_URL: roles.services.portal,
        MIGRATION_DATABASE_URL: roles.owner,
        PORT: String(ports.portal),
        GATEWAY_URL: gatewayUrl,
        SESSION_SECRET: keys.sessionSecret,
      });
      await waitForHttp(`${local(ports.portal)}/`, portal, healthTimeoutMs, signal);
      portalUrl = `http://localhost:${ports.portal}`;
    }
    const servicesMs = Date.now() - servicesStarted;
    await seeding;
    signal?.throwIfAborted();

    return {
      databaseUrl,
      gatewayUrl,
      graphqlUrl: `${gatewayUrl}/graphql`,
      subgraphs,
      portalUrl,
      accounts: demoAuthority(today ?? londonToday()).accounts,
      password: DEMO_PASSWORD,
      timings: { postgresMs, seedMs, servicesMs, totalMs: Date.now() - started },
      failed: supervisor.failed,
      stop: () => supervisor.stop(),
    };
  } catch (error) {
    log(`${prefix('stack')} did not start; stopping what did`);
    await supervisor.stop();
    throw error;
  }
}
