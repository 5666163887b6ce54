import pg from 'pg';
import { migrate } from './db.server';

/**
 * The portal's own PostgreSQL role (docs/security.md, "Database roles"): its tables are created by the owner
 * (`lac_owner`) on a connection closed before it serves, and it answers requests as `lac_portal`, which may read and
 * write the rows of `portal.sessions` and nothing else — no other schema, not `access`, not `audit`, no DDL.
 */

/** What the portal's role needs, granted by the owner after each migration run (so a new table is covered). */
export async function grantPortalRights(db: pg.Pool | pg.PoolClient, role: string): Promise<void> {
  const quoted = quoteIdentifier(role);
  await db.query(`GRANT USAGE ON SCHEMA portal TO ${quoted}`);
  await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA portal TO ${quoted}`);
  // The migrations' bookkeeping is the owner's: the portal's role may not pretend a migration ran.
  await db.query(`REVOKE INSERT, UPDATE, DELETE ON portal.migrations FROM ${quoted}`);
}

/**
 * Migrates as the owner and grants `url`'s role its rights, on a one-connection pool ended before returning.
 * Without a separate owner URL the portal migrates with its own (a single-role development database).
 */
export async function migrateAsOwner(pool: pg.Pool, url: string, migrationUrl?: string): Promise<number[]> {
  if (!migrationUrl || migrationUrl === url) return migrate(pool);
  const owner = new pg.Pool({ connectionString: migrationUrl, max: 1, application_name: 'lac-portal-migrate' });
  try {
    const role = decodeURIComponent(new URL(url).username);
    return await migrate(owner, role ? (client) => grantPortalRights(client, role) : undefined);
  } finally {
    await owner.end();
  }
}

/**
 * Names what makes a connection unfit to answer requests: a superuser, or an owner of anything in the portal's
 * schema or the shared `access` and `audit` schemas (an owner can change or drop what it should only use).
 */
export async function portalPrivilegeProblems(db: pg.Pool | pg.Client): Promise<string[]> {
  const problems: string[] = [];
  const { rows: me } = await db.query<{ name: string; super: boolean }>(
    'SELECT current_user AS name, rolsuper AS super FROM pg_roles WHERE rolname = current_user',
  );
  if (me[0].super) problems.push(`${me[0].name} is a superuser`);
  const { rows: owned } = await db.query<{ schema: string }>(
    `SELECT n.nspname AS schema FROM pg_namespace n WHERE n.nspname = ANY($1) AND pg_has_role(n.nspowner, 'USAGE')
     UNION SELECT schemaname FROM pg_tables WHERE schemaname = ANY($1) AND pg_has_role(tableowner, 'USAGE')`,
    [['portal', 'access', 'audit']],
  );
  for (const o of owned) problems.push(`${me[0].name} owns objects in the ${o.schema} schema`);
  return problems;
}

/**
 * The portal's start: migrate (as the owner where one is given), then, where least privilege is required
 * (production), refuse a connection that is a superuser or an owner.
 */
export async function openSessionStore(options: {
  pool: pg.Pool;
  url: string;
  migrationUrl?: string;
  requireLeastPrivilege: boolean;
}): Promise<void> {
  await migrateAsOwner(options.pool, options.url, options.migrationUrl);
  if (!options.requireLeastPrivilege) return;
  const problems = await portalPrivilegeProblems(options.pool);
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start: ${problems.join('; ')}. Connect with the portal's own role (docs/security.md, "Database roles").`,
    );
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
