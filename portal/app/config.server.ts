import { z } from 'zod';

const DEV_SESSION_SECRET = 'dev-only-session-secret-not-for-production-use';

const booleanish = z.enum(['true', 'false', 'auto']);

const schema = z
  .object({
    NODE_ENV: z.string().default('development'),
    GATEWAY_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000'),
    DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (PostgreSQL for portal sessions)'),
    /** The owner role (`lac_owner`) that creates the portal's tables; DATABASE_URL is then the portal's own role
     *  (`lac_portal`), as for every service (docs/security.md, "Database roles"). */
    MIGRATION_DATABASE_URL: z.string().min(1).optional(),
    SESSION_SECRET: z.string().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** 'true': always Secure + __Host- cookies; 'false': never (local http only); 'auto': from the request. */
    COOKIE_SECURE: booleanish.default('auto'),
    /** Set when a reverse proxy you control fronts the portal: the browser's address is then taken from the
     *  right-most X-Forwarded-For entry (the one that proxy appended) instead of the TCP peer. */
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  })
  .transform((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    let secret = env.SESSION_SECRET;
    if (!secret) {
      if (production) {
        ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'SESSION_SECRET is required in production' });
        return z.NEVER;
      }
      secret = DEV_SESSION_SECRET;
    } else if (secret.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET must be at least 32 characters',
      });
      return z.NEVER;
    }
    return {
      production,
      gatewayUrl: env.GATEWAY_URL.replace(/\/+$/, ''),
      databaseUrl: env.DATABASE_URL,
      migrationDatabaseUrl: env.MIGRATION_DATABASE_URL,
      sessionSecret: secret,
      port: env.PORT,
      cookieSecure: env.COOKIE_SECURE,
      trustProxy: env.TRUST_PROXY === 'true',
    };
  });

export type PortalConfig = z.output<typeof schema>;

export function parseConfig(env: Record<string, string | undefined>): PortalConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`).join('; ');
    throw new Error(`Invalid portal configuration: ${problems}`);
  }
  return result.data;
}

let cached: PortalConfig | undefined;
export function config(): PortalConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
