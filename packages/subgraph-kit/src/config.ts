import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** The subgraph's own role; MIGRATION_DATABASE_URL the owner role that migrates (docs/security.md). */
  DATABASE_URL: z.string().url(),
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535),
  // Loopback unless told otherwise: only a container, where the network is its own, sets 0.0.0.0.
  HOST: z.string().min(1).default('127.0.0.1'),
  INTERNAL_TOKEN_PUBLIC_KEY: z.string().min(1, 'the gateway’s public JWK is required'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
});

export type SubgraphConfig = z.infer<typeof schema>;

/** Reads and checks the environment once at start; a bad setting stops the service with a clear message. */
export function readSubgraphConfig(env: NodeJS.ProcessEnv, defaultPort: number): SubgraphConfig {
  const parsed = schema.safeParse({ PORT: defaultPort, ...env });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
