import type pg from 'pg';
import { createAuth, type Auth } from './auth.server';
import { socketAddress, watchSocketAddresses } from './client-address.server';
import { config, type PortalConfig } from './config.server';
import { openSessionStore } from './db-roles.server';
import { createPool } from './db.server';
import { createGatewayClient, type GatewayClient } from './gateway.server';
import { createPortalSessions, type PortalSessions } from './session.server';

export interface Services {
  config: PortalConfig;
  pool: pg.Pool;
  /** the migration run started at boot */
  ready: Promise<unknown>;
  sessions: PortalSessions;
  gateway: GatewayClient;
  auth: Auth;
}

let instance: Services | undefined;

/** Wired once per process from the validated environment. */
export function services(): Services {
  if (instance) return instance;
  const cfg = config();
  const pool = createPool(cfg.databaseUrl);
  // Production refuses a superuser or an owner, as the services do (docs/security.md, "Database roles").
  const ready = openSessionStore({
    pool,
    url: cfg.databaseUrl,
    migrationUrl: cfg.migrationDatabaseUrl,
    requireLeastPrivilege: cfg.production,
  });
  ready.catch(() => undefined); // awaited (and so reported) by every session query
  const sessions = createPortalSessions({ pool, secrets: [cfg.sessionSecret], ready, cookieSecure: cfg.cookieSecure });
  const gateway = createGatewayClient({ baseUrl: cfg.gatewayUrl });
  watchSocketAddresses();
  const auth = createAuth({ sessions, gateway, trustProxy: cfg.trustProxy, peerAddress: socketAddress });
  instance = { config: cfg, pool, ready, sessions, gateway, auth };
  // The portal's server (server/main.ts) closes its HTTP server on these signals; release PostgreSQL too so the process can exit.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void pool.end().catch(() => undefined));
  }
  return instance;
}

export function auth(): Auth {
  return services().auth;
}
