import { SUBGRAPHS, envNames } from '@lac/registry';
import { z } from 'zod';

/** Where the gateway finds a subgraph unless `<PREFIX>_URL` says otherwise: its declared port on loopback. */
export function defaultSubgraphUrl(defaultPort: number): string {
  return `http://127.0.0.1:${defaultPort}/graphql`;
}

// One `<PREFIX>_URL` per declared subgraph (packages/registry), so a new subgraph needs no change here.
const subgraphUrlFields = Object.fromEntries(
  SUBGRAPHS.map((s) => [envNames(s.name).url, z.string().url().default(defaultSubgraphUrl(s.defaultPort))]),
);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Loopback unless told otherwise; a container sets 0.0.0.0 so the other containers can reach it. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The gateway's own role; MIGRATION_DATABASE_URL the owner role that migrates (docs/security.md). */
  DATABASE_URL: z.string().url(),
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  USER_TOKEN_PRIVATE_KEY: z.string().min(1, 'an Ed25519 private JWK for user tokens is required'),
  INTERNAL_TOKEN_PRIVATE_KEY: z.string().min(1, 'an Ed25519 private JWK for subgraph tokens is required'),
  USER_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(8 * 3600)
    .default(3600),
  /** The budget for one subgraph fetch: past it the answer carries that part as null with its path (server.ts). */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(4_000),
  /**
   * The proxies whose X-Forwarded-For is believed (the portal, which signs people in on behalf of browsers):
   * addresses, CIDR ranges, loopback/linklocal/uniquelocal, comma-separated (trusted-proxies.ts). None by default:
   * the client is the socket's address.
   */
  TRUSTED_PROXIES: z.string().default(''),
  ...subgraphUrlFields,
});

export type GatewayConfig = z.infer<typeof schema> & Record<string, unknown>;

export function readGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** Each declared subgraph's URL by its name, as the supergraph names it. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, String(config[envNames(s.name).url])]));
}
