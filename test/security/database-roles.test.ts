import { randomUUID } from 'node:crypto';
import { OWNER_ROLE, createRoles, privilegeProblems, serviceRole } from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import { SUBGRAPHS } from '@lac/registry';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type System, startSystem } from '../support/system';
import { type RunningPortal, portalDatabaseEnv, startPortal } from '../browser/support/portal-server';

/**
 * docs/security.md, "Database roles": no service connects as a superuser or as the owner of its tables, and the
 * audit trail is append-only for every service, through the append function that chains it and no other way —
 * with the service's own credentials, not by convention.
 */
let system: System;
const SERVICES = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
const SCHEMA_OF: Record<string, string> = {
  gateway: 'identity',
  ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.dbSchema])),
};
const clients: Client[] = [];

async function connectAs(service: string): Promise<Client> {
  const client = new Client({ connectionString: system.roles.services[service] });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  system = await startSystem();
  await system.admin.query(
    `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
     VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', 'test', 'roles-test')`,
  );
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await system?.stop();
});

describe('each service connects with its own role', () => {
  it.each(SERVICES)('%s answers requests as its own role, neither a superuser nor an owner', async (service) => {
    const running = service === 'gateway' ? system.gateway : system.subgraphs[service];
    const [{ user }] = await running.dataSource.query('SELECT current_user AS user');
    expect(user).toBe(serviceRole(service));
    expect(await privilegeProblems(running.dataSource, [SCHEMA_OF[service], 'access', 'audit'])).toEqual([]);
  });

  it('a superuser or an owner is named as a problem (the check that stops a production service)', async () => {
    expect(await privilegeProblems(system.admin, ['audit'])).toContain('postgres is a superuser');
    const owner = new Client({ connectionString: system.roles.owner });
    await owner.connect();
    clients.push(owner);
    const { rows } = await owner.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    expect(rows).toEqual([{ rolsuper: false }]);
    const asOwner = { query: (sql: string, params?: unknown[]) => owner.query(sql, params).then((r) => r.rows) };
    expect(await privilegeProblems(asOwner, ['audit'])).toEqual([`${OWNER_ROLE} owns objects in the audit schema`]);
  });
});

describe('the audit trail is append-only for every service role, through its append function alone', () => {
  it.each(SERVICES)('%s may append an audit row through audit.append_reads', async (service) => {
    const db = await connectAs(service);
    const res = await db.query(`SELECT audit.append_reads(gen_random_uuid(), $1::jsonb, NULL, $2, 'roles-test') AS n`, [
      JSON.stringify([{ child_id: randomUUID(), relationship: 'iro', outcome: 'allowed', what: 'Child' }]),
      service,
    ]);
    expect(res.rows).toEqual([{ n: 1 }]);
  });

  it.each(SERVICES)(
    "%s may append several requests' rows in one call of audit.append_reads(groups)",
    async (service) => {
      const db = await connectAs(service);
      const group = (request: string) => ({
        actor: randomUUID(),
        operation: null,
        subgraph: service,
        request,
        entries: [{ child_id: randomUUID(), relationship: 'iro', outcome: 'allowed', what: 'Child' }],
      });
      const res = await db.query(`SELECT audit.append_reads($1::jsonb) AS n`, [
        JSON.stringify([group('roles-test-1'), group('roles-test-2')]),
      ]);
      expect(res.rows).toEqual([{ n: 2 }]);
    },
  );

  const attempts: Array<[string, string, RegExp]> = [
    // Decision 0025: a row written any other way than by the append function would be outside the chain.
    [
      'insert a row itself',
      `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
       VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', 'x', 'roles-test')`,
      /permission denied/,
    ],
    ['take an id from the chain', `SELECT nextval('audit.reads_id_seq')`, /permission denied/],
    ['move the chain head', `UPDATE audit.chain_head SET hash = NULL`, /permission denied/],
    ['remove the chain head', `DELETE FROM audit.chain_head`, /permission denied/],
    ['add a chain head', `INSERT INTO audit.chain_head (one) VALUES (true)`, /permission denied/],
    [
      'replace the append function',
      `CREATE OR REPLACE FUNCTION audit.append_reads(uuid, jsonb, text, text, text) RETURNS integer LANGUAGE sql AS $$ SELECT 0 $$`,
      /must be owner|permission denied/,
    ],
    [
      'replace the grouped append function',
      `CREATE OR REPLACE FUNCTION audit.append_reads(jsonb) RETURNS integer LANGUAGE sql AS $$ SELECT 0 $$`,
      /must be owner|permission denied/,
    ],
    ['update a row', `UPDATE audit.reads SET what = 'nothing'`, /permission denied/],
    ['delete a row', `DELETE FROM audit.reads`, /permission denied/],
    ['truncate the table', `TRUNCATE audit.reads`, /permission denied/],
    ['read the trail back', `SELECT * FROM audit.reads`, /permission denied/],
    [
      'switch off the append-only trigger',
      `ALTER TABLE audit.reads DISABLE TRIGGER reads_append_only`,
      /must be owner/,
    ],
    ['switch off every trigger', `ALTER TABLE audit.reads DISABLE TRIGGER ALL`, /must be owner/],
    ['drop the append-only trigger', `DROP TRIGGER reads_append_only ON audit.reads`, /must be owner/],
    [
      'replace the trigger function',
      `CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
      /must be owner|permission denied/,
    ],
    ['bypass triggers for the session', `SET session_replication_role = replica`, /permission denied/],
    ['alter the table', `ALTER TABLE audit.reads ADD COLUMN note text`, /must be owner/],
    [
      'add a trigger of its own',
      `CREATE TRIGGER mine BEFORE INSERT ON audit.reads FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`,
      /permission denied|must be owner/,
    ],
    ['drop the table', `DROP TABLE audit.reads`, /must be owner/],
  ];
  for (const [what, sql, refusal] of attempts) {
    it.each(SERVICES)(`%s cannot ${what}`, async (service) => {
      const db = await connectAs(service);
      await expect(db.query(sql)).rejects.toThrow(refusal);
    });
  }

  it('left every row there', async () => {
    const [{ n }] = await system.admin.query(
      `SELECT count(*)::int AS n FROM audit.reads WHERE request_id = 'roles-test'`,
    );
    expect(n).toBe(1 + SERVICES.length);
  });
});

describe('a service reaches only its own schema', () => {
  for (const service of SERVICES) {
    const others = SERVICES.filter((s) => s !== service);
    it(`${service} can neither read nor write another service's schema`, async () => {
      const db = await connectAs(service);
      for (const other of others) {
        const schema = SCHEMA_OF[other];
        const { rows } = await system.admin
          .query(
            `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'migrations' ORDER BY 1 LIMIT 1`,
            [schema],
          )
          .then((r: Array<{ tablename: string }>) => ({ rows: r }));
        expect(rows.length, `${schema} has a table`).toBe(1);
        const table = `${schema}.${rows[0].tablename}`;
        await expect(db.query(`SELECT 1 FROM ${table} LIMIT 1`)).rejects.toThrow(/permission denied/);
        await expect(db.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      }
    });

    it(`${service} can change no table's shape, not even its own schema's`, async () => {
      const db = await connectAs(service);
      const schema = SCHEMA_OF[service];
      await expect(db.query(`CREATE TABLE ${schema}.sneaky (id int)`)).rejects.toThrow(/permission denied/);
      await expect(db.query(`CREATE TABLE public.sneaky (id int)`)).rejects.toThrow(/permission denied/);
      await expect(db.query(`DELETE FROM ${schema}.migrations`)).rejects.toThrow(/permission denied/);
      await expect(db.query(`CREATE SCHEMA sneaky`)).rejects.toThrow(/permission denied/);
    });
  }

  it('the gateway reads the shared access tables and writes none of them', async () => {
    const db = await connectAs('gateway');
    await expect(db.query('SELECT count(*) FROM access.relationships')).resolves.toBeTruthy();
    await expect(db.query('DELETE FROM access.relationships')).rejects.toThrow(/permission denied/);
  });
});

describe('the one way between two services’ schemas: placements publishes the last placement change', () => {
  // docs/decisions/0026: care-planning offers placements one SECURITY DEFINER function and nothing else; nothing is
  // offered the other way. Every other function and every table of care_planning stays closed to placements.
  const RECORD = 'care_planning.record_placement_changes(uuid[], date[])';

  it('placements may execute care-planning’s record function, and nothing else there', async () => {
    const placements = serviceRole('placements');
    const [fn] = await system.admin.query<Array<{ allowed: boolean; definer: boolean; config: string[] }>>(
      `SELECT has_function_privilege($1, $2, 'EXECUTE') AS allowed, p.prosecdef AS definer, p.proconfig AS config
         FROM pg_proc p WHERE p.oid = $2::regprocedure`,
      [placements, RECORD],
    );
    expect(fn).toEqual({ allowed: true, definer: true, config: ['search_path=pg_catalog, pg_temp'] });
    const others = await system.admin.query<Array<{ fn: string }>>(
      `SELECT p.oid::regprocedure::text AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'care_planning' AND p.oid <> $2::regprocedure AND p.prorettype <> 'trigger'::regtype
          AND has_function_privilege($1, p.oid, 'EXECUTE')`,
      [placements, RECORD],
    );
    expect(others).toEqual([]);
    const tables = await system.admin.query<Array<{ t: string }>>(
      `SELECT c.oid::regclass::text AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'care_planning' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND (has_table_privilege($1, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
               OR (c.relkind = 'S' AND has_sequence_privilege($1, c.oid, 'USAGE, SELECT, UPDATE')))`,
      [placements],
    );
    expect(tables).toEqual([]);
    const db = await connectAs('placements');
    await expect(db.query('SELECT * FROM care_planning.placement_changes')).rejects.toThrow(/permission denied/);
    await expect(
      db.query(
        `INSERT INTO care_planning.placement_changes (child_id, last_change_on) VALUES (gen_random_uuid(), now())`,
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('no other service may call it, and the function is not PUBLIC', async () => {
    const [{ publicCan }] = await system.admin.query<Array<{ publicCan: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM aclexplode((SELECT proacl FROM pg_proc WHERE oid = $1::regprocedure)) a
                       WHERE a.grantee = 0) AS "publicCan"`,
      [RECORD],
    );
    expect(publicCan).toBe(false);
    for (const service of SERVICES.filter((s) => s !== 'placements' && s !== 'care-planning')) {
      const db = await connectAs(service);
      await expect(
        db.query(`SELECT ${RECORD.replace('(uuid[], date[])', "('{}'::uuid[], '{}'::date[])")}`),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('care-planning has no rights on placements: not its schema, not its tables, not its publisher', async () => {
    const carePlanning = serviceRole('care-planning');
    const [rights] = await system.admin.query<Array<{ usage: boolean; tables: number }>>(
      `SELECT has_schema_privilege($1, 'placements', 'USAGE') AS usage,
              (SELECT count(*)::int FROM pg_tables t WHERE t.schemaname = 'placements'
                 AND has_table_privilege($1, quote_ident(t.schemaname) || '.' || quote_ident(t.tablename),
                                         'SELECT, INSERT, UPDATE, DELETE')) AS tables`,
      [carePlanning],
    );
    expect(rights).toEqual({ usage: false, tables: 0 });
    const db = await connectAs('care-planning');
    await expect(db.query('SELECT placements.publish_all_placement_changes()')).rejects.toThrow(/permission denied/);
  });
});

describe("the portal's session store connects with its own role", () => {
  let portal: RunningPortal | undefined;
  const portalEnv = () => ({
    GATEWAY_URL: system.gateway.origin,
    SESSION_SECRET: 'roles-test-session-secret-0123456789abcd',
  });

  beforeAll(async () => {
    // The built portal, as in production (NODE_ENV=production): migrates as the owner, answers as lac_portal.
    portal = await startPortal({ ...portalEnv(), ...portalDatabaseEnv(system.roles) });
    expect((await fetch(`${portal.url}/sign-in`)).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await portal?.stop();
  });

  it('answers as lac_portal, neither a superuser nor an owner; its tables belong to the owner', async () => {
    const connected: Array<{ user: string }> = await system.admin.query(
      `SELECT DISTINCT usename AS user FROM pg_stat_activity
        WHERE application_name = 'lac-portal' AND datname = current_database()`,
    );
    expect(connected).toEqual([{ user: serviceRole('portal') }]);
    const owners: Array<{ owner: string }> = await system.admin.query(
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'portal'`,
    );
    expect(owners).toEqual([{ owner: OWNER_ROLE }]);
  });

  it.each([
    ['the superuser', () => system.databaseUrl, /Refusing to start: postgres is a superuser/],
    ['the owner', () => system.roles.owner, /Refusing to start: (.*; )?lac_owner owns objects in the portal schema/],
  ])(
    'refuses to start in production as %s',
    async (_, url, refusal) => {
      // A portal that starts all the same is stopped, and the test fails naming what it started as.
      const outcome = await startPortal({ ...portalEnv(), DATABASE_URL: url() }).then(
        (started) => started.stop().then(() => 'started'),
        (error: Error) => error.message,
      );
      expect(outcome).toMatch(refusal);
    },
    60_000,
  );

  it('reads and writes its sessions and nothing else: no other schema, not access, not the audit', async () => {
    const db = await connectAs('portal');
    await db.query('SELECT count(*) FROM portal.sessions');
    await db.query(`DELETE FROM portal.sessions WHERE expires_at < '2000-01-01'`);
    const refused = [
      `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
       VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', 'portal', 'roles-test')`,
      `SELECT audit.append_reads(gen_random_uuid(), '[]', NULL, 'portal', 'roles-test')`,
      `SELECT audit.append_reads('[]'::jsonb)`,
      'SELECT * FROM audit.reads',
      'DELETE FROM audit.reads',
      'ALTER TABLE audit.reads DISABLE TRIGGER reads_append_only',
      'SELECT 1 FROM access.relationships',
      'DELETE FROM access.relationships',
      'CREATE TABLE portal.sneaky (id int)',
      'CREATE TABLE public.sneaky (id int)',
      'CREATE SCHEMA sneaky',
      'DELETE FROM portal.migrations',
      'ALTER TABLE portal.sessions ADD COLUMN note text',
      'TRUNCATE portal.sessions',
    ];
    for (const sql of refused) await expect(db.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    for (const service of SERVICES) {
      const schema = SCHEMA_OF[service];
      const [{ tablename }]: Array<{ tablename: string }> = await system.admin.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'migrations' ORDER BY 1 LIMIT 1`,
        [schema],
      );
      await expect(db.query(`SELECT 1 FROM ${schema}.${tablename} LIMIT 1`)).rejects.toThrow(/permission denied/);
      await expect(db.query(`DELETE FROM ${schema}.${tablename}`)).rejects.toThrow(/permission denied/);
    }
  });
});

describe('a database made before the roles existed', () => {
  it('passes to the owner role, schemas and all they hold, so its migrations can go on', async () => {
    const adminUrl = await createTestDatabase(inject('databaseUrl'), 'handover');
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    clients.push(admin);
    await admin.query(`CREATE SCHEMA audit; CREATE TABLE audit.reads (id bigserial PRIMARY KEY, what text);
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
      CREATE TYPE audit.outcome AS ENUM ('allowed', 'denied'); CREATE SCHEMA elsewhere;`);
    // Twice, and twice at once: safe to run again, and from several processes.
    await Promise.all([
      createRoles(adminUrl, ['gateway'], { handOver: ['audit'] }),
      createRoles(adminUrl, ['gateway'], { handOver: ['audit'] }),
    ]);
    const { rows } = await admin.query(
      `SELECT 'schema ' || nspname AS what, nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname IN ('audit', 'elsewhere')
       UNION ALL SELECT relname, relowner::regrole::text FROM pg_class WHERE relnamespace = 'audit'::regnamespace AND relkind IN ('r', 'S')
       UNION ALL SELECT proname, proowner::regrole::text FROM pg_proc WHERE pronamespace = 'audit'::regnamespace
       UNION ALL SELECT typname, typowner::regrole::text FROM pg_type WHERE typnamespace = 'audit'::regnamespace AND typtype = 'e'
       ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { what: 'outcome', owner: OWNER_ROLE },
      { what: 'reads', owner: OWNER_ROLE },
      { what: 'reads_id_seq', owner: OWNER_ROLE },
      { what: 'refuse_change', owner: OWNER_ROLE },
      { what: 'schema audit', owner: OWNER_ROLE },
      // a schema not named is left where it is
      { what: 'schema elsewhere', owner: 'postgres' },
    ]);
  });
});
