import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().url(),
  USER_TOKEN_PRIVATE_KEY: z.string().min(1, 'an Ed25519 private JWK for user tokens is required'),
  INTERNAL_TOKEN_PRIVATE_KEY: z.string().min(1, 'an Ed25519 private JWK for subgraph tokens is required'),
  USER_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(8 * 3600).default(3600),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  CARE_PLANNING_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  PLACEMENTS_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  /** Which proxies may tell us the caller's address (the portal on loopback by default). */
  TRUST_PROXY: z.string().default('loopback'),
});

export type GatewayConfig = z.infer<typeof schema>;

export function readGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return { 'care-planning': config.CARE_PLANNING_URL, placements: config.PLACEMENTS_URL };
}
