import type { DemoAccount } from '@lac/testing';
import type { Log } from './processes';

/** Listening ports; 0 means any free port. Each subgraph by its declared name (packages/registry). */
export interface StackPorts {
  portal: number;
  gateway: number;
  subgraphs: Record<string, number>;
}

export interface PortRequest {
  portal?: number;
  gateway?: number;
  subgraphs?: Partial<Record<string, number>>;
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
  /**
   * Listening ports: `'any'` for free ports everywhere (tests, benchmarks); otherwise what is given, the rest by
   * default (portal 3000, gateway 4000, each subgraph its declared port).
   */
  ports?: PortRequest | 'any';
  postgresPort?: number;
  /** The interface every service listens on (HOST): loopback by default. */
  host?: string;
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

export interface RunningService {
  /** `http://127.0.0.1:<port>`: GET /health. */
  origin: string;
  graphqlUrl: string;
}

export interface RunningStack {
  databaseUrl: string;
  /** The gateway's origin (POST /auth/token, GET /health) and its GraphQL endpoint. */
  gatewayUrl: string;
  graphqlUrl: string;
  /** Each declared subgraph by name. */
  subgraphs: Record<string, RunningService>;
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
