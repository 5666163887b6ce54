import { Client } from 'pg';

/**
 * The PostgreSQL roles of the system (docs/security.md, "Database roles"). Nothing that answers a request connects
 * as a superuser or as the owner of its tables:
 * - `lac_owner` owns every schema and table; migrations (and the demo seeders) run as it, nothing else does.
 * - one login role per service (`lac_gateway`, `lac_care_planning`, …) with only what that service needs: its own
 *   schema's rows, the shared `access` tables, and in `audit` only the function that appends to the chain — so the
 *   application can neither rewrite the audit trail nor write a row outside its chain, and cannot switch off the
 *   trigger that refuses changes (only an owner may alter or drop a trigger).
 */
export const OWNER_ROLE = 'lac_owner';

/** `care-planning` → `lac_care_planning`: a service's login role. */
export function serviceRole(service: string): string {
  const role = `lac_${service.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  assertIdentifier(role);
  return role;
}

/** The same server and database as `url`, connecting as `role`. */
export function urlForRole(url: string, role: string, password: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = encodeURIComponent(password);
  return next.toString();
}

/**
 * A role's password where the system creates its own roles (the embedded PostgreSQL and docker-compose):
 * `<ROLE>_PASSWORD` from the environment, else the role's name — fictional demo credentials on a loopback or
 * compose-network server only. A real server's roles are created by its administrator (docs/security.md).
 */
export function demoPassword(role: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${role.toUpperCase()}_PASSWORD`] || role;
}

export interface RoleUrls {
  /** Runs the migrations and the demo seeders. */
  owner: string;
  /** Each service's own connection, by service name (`gateway`, `care-planning`, …). */
  services: Record<string, string>;
}

/**
 * Creates (when missing) the owner role and one login role per service, and lets them connect to the database
 * `adminUrl` names; returns the URL each connects with. `adminUrl` must be able to create roles (a superuser or a
 * CREATEROLE role) and is used for nothing else. Safe to run again and from several processes at once.
 *
 * `handOver` names schemas a database made before the roles existed may hold, owned by the administrator: they
 * and everything in them pass to the owner role, so its migrations can go on changing them.
 */
export async function createRoles(
  adminUrl: string,
  services: readonly string[],
  options: { password?: (role: string) => string; handOver?: readonly string[] } = {},
): Promise<RoleUrls> {
  const password = options.password ?? ((role: string) => demoPassword(role));
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const [{ db }] = (await client.query('SELECT current_database() AS db')).rows as Array<{ db: string }>;
    assertIdentifier(db);
    await client.query('BEGIN');
    // Roles belong to the whole server: one creator at a time, so two test workers never race on CREATE ROLE.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('lac-roles'))`);
    const roles = [OWNER_ROLE, ...services.map(serviceRole)];
    for (const role of roles) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT';
      const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
      await client.query(`${verb} ROLE ${role} ${attributes} PASSWORD ${literal(password(role))}`);
    }
    await client.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${db} TO ${OWNER_ROLE}`);
    for (const role of roles.slice(1)) await client.query(`GRANT CONNECT ON DATABASE ${db} TO ${role}`);
    // PostgreSQL before 15 let every role create objects in `public`; a service creates nothing anywhere.
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await handOver(client, options.handOver ?? []);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return {
    owner: urlForRole(adminUrl, OWNER_ROLE, password(OWNER_ROLE)),
    services: Object.fromEntries(
      services.map((s) => [s, urlForRole(adminUrl, serviceRole(s), password(serviceRole(s)))]),
    ),
  };
}

/** Gives `lac_owner` the named schemas and what is in them, where someone else owns them (see createRoles). */
async function handOver(client: Client, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const { rows } = await client.query<{ kind: string; name: string }>(
    `SELECT 'SCHEMA' AS kind, quote_ident(nspname) AS name FROM pg_namespace
      WHERE nspname = ANY($1) AND nspowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)
     UNION ALL
     SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
            quote_ident(n.nspname) || '.' || quote_ident(c.relname)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)
        -- a sequence a column owns follows its table
        AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT 'FUNCTION', p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = ANY($1) AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)
     UNION ALL
     SELECT 'TYPE', quote_ident(n.nspname) || '.' || quote_ident(t.typname) FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = ANY($1) AND t.typtype IN ('e', 'd') AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)`,
    [schemas, OWNER_ROLE],
  );
  for (const row of rows) await client.query(`ALTER ${row.kind} ${row.name} OWNER TO ${OWNER_ROLE}`);
}

export interface ServiceGrant {
  /** The service's login role. */
  role: string;
  /** The schema it owns the rows of (it never owns the tables). */
  schema: string;
  /** `write` for a subgraph that records relationships (a placement's carer, an allocation); the gateway only reads. */
  access: 'read' | 'write';
}

/**
 * What a service may do, granted by the owner after each migration run (so a table a migration adds is covered):
 * read and write its own schema's rows, read (or write) the shared `access` tables, append to `audit` through
 * `audit.append_reads` (one request's rows, or several requests' in groups) and nothing more there. TRUNCATE, REFERENCES and TRIGGER are never granted; ALTER and DROP need ownership.
 */
export async function grantServiceRights(
  db: { query(sql: string): Promise<unknown> },
  grant: ServiceGrant,
): Promise<void> {
  const { role, schema } = grant;
  assertIdentifier(role);
  assertIdentifier(schema);
  const statements = [
    `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE ON SCHEMA access TO ${role}`,
    grant.access === 'write'
      ? `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA access TO ${role}`
      : `GRANT SELECT ON ALL TABLES IN SCHEMA access TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA access TO ${role}`,
    // The migrations' bookkeeping is the owner's: a service reads it (TypeORM asks what ran) and changes nothing.
    `REVOKE INSERT, UPDATE, DELETE ON ${schema}.migrations, access.migrations FROM ${role}`,
    // The audit through its append function alone (decision 0025): it chains the rows as it writes them, so a
    // service is granted nothing on the table, its partitions, its sequence or the archive's record. The REVOKEs
    // take back what a database migrated before the function still grants (INSERT on the table, its sequence).
    `GRANT USAGE ON SCHEMA audit TO ${role}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM ${role}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA audit FROM ${role}`,
    `GRANT EXECUTE ON FUNCTION audit.append_reads(uuid, jsonb, text, text, text) TO ${role}`,
    // The same append for the requests a subgraph process groups into one statement (group commit, decision 0025).
    `GRANT EXECUTE ON FUNCTION audit.append_reads(jsonb) TO ${role}`,
  ];
  for (const sql of statements) await db.query(sql);
}

/**
 * Refuses a connection that could rewrite what it should only append to: a superuser, or the owner of any table
 * in the schemas named. Services call it at start; in production a failure stops the service.
 */
export async function privilegeProblems(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  schemas: readonly string[],
): Promise<string[]> {
  const problems: string[] = [];
  const [me] = (await db.query(
    'SELECT current_user AS name, rolsuper AS super FROM pg_roles WHERE rolname = current_user',
  )) as Array<{ name: string; super: boolean }>;
  if (me.super) problems.push(`${me.name} is a superuser`);
  const owned = (await db.query(
    `SELECT n.nspname AS schema FROM pg_namespace n WHERE n.nspname = ANY($1) AND pg_has_role(n.nspowner, 'USAGE')
     UNION SELECT schemaname FROM pg_tables WHERE schemaname = ANY($1) AND pg_has_role(tableowner, 'USAGE')`,
    [schemas],
  )) as Array<{ schema: string }>;
  for (const o of owned) problems.push(`${me.name} owns objects in the ${o.schema} schema`);
  return problems;
}

function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe PostgreSQL identifier: ${name}`);
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
