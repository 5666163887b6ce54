import { createTestDatabase } from '@lac/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateAsOwner, openSessionStore, portalPrivilegeProblems } from './db-roles.server';

/**
 * docs/security.md, "Database roles": the owner creates the portal's tables and grants the portal's role their rows
 * only. Roles of this file's own (the server's real ones are test/security/database-roles.test.ts's).
 */
const OWNER = 'lac_portal_test_owner';
const PORTAL = 'lac_portal_test';
const pools: pg.Pool[] = [];
let adminUrl: string;
const urlFor = (role: string) => {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = role;
  return url.toString();
};
const poolFor = (role: string) => {
  const pool = new pg.Pool({ connectionString: urlFor(role), max: 2 });
  pools.push(pool);
  return pool;
};

beforeAll(async () => {
  adminUrl = await createTestDatabase(inject('databaseUrl'), 'portal_roles');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('BEGIN');
    // Roles belong to the whole server: one creator at a time, the same lock as packages/database's createRoles.
    await admin.query(`SELECT pg_advisory_xact_lock(hashtext('lac-roles'))`);
    for (const role of [OWNER, PORTAL]) {
      const exists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
      await admin.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER PASSWORD '${role}'`);
    }
    const [{ db }] = (await admin.query<{ db: string }>('SELECT current_database() AS db')).rows;
    await admin.query(`GRANT CONNECT, CREATE ON DATABASE ${db} TO ${OWNER}`);
    await admin.query(`GRANT CONNECT ON DATABASE ${db} TO ${PORTAL}`);
    await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await admin.query('COMMIT');
  } finally {
    await admin.end();
  }
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

describe("the portal's session store as its own role", () => {
  it('migrates and grants as the owner, from several portals at once', async () => {
    const portal = poolFor(PORTAL);
    const runs = await Promise.all([1, 2, 3].map(() => migrateAsOwner(portal, urlFor(PORTAL), urlFor(OWNER))));
    expect(runs.flat()).toEqual([1]);
    const { rows } = await portal.query<{ owner: string }>(
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'portal'`,
    );
    expect(rows).toEqual([{ owner: OWNER }]);
  });

  it("reads and writes the sessions' rows and changes no table's shape", async () => {
    const portal = poolFor(PORTAL);
    await portal.query(
      `INSERT INTO portal.sessions (id_hash, data, expires_at) VALUES (sha256('roles'), '{}', now() + interval '1 hour')`,
    );
    await portal.query(`UPDATE portal.sessions SET data = '{"x":1}' WHERE id_hash = sha256('roles')`);
    await portal.query(`DELETE FROM portal.sessions WHERE id_hash = sha256('roles')`);
    for (const sql of [
      'CREATE TABLE portal.sneaky (id int)',
      'ALTER TABLE portal.sessions ADD COLUMN note text',
      'TRUNCATE portal.sessions',
      'DELETE FROM portal.migrations',
      'DROP TABLE portal.sessions',
    ]) {
      await expect(portal.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    }
    expect(await portalPrivilegeProblems(portal)).toEqual([]);
  });

  it('refuses to open as an owner where least privilege is required, and names why', async () => {
    const owner = poolFor(OWNER);
    expect(await portalPrivilegeProblems(owner)).toEqual([`${OWNER} owns objects in the portal schema`]);
    await expect(openSessionStore({ pool: owner, url: urlFor(OWNER), requireLeastPrivilege: true })).rejects.toThrow(
      /Refusing to start: lac_portal_test_owner owns objects in the portal schema/,
    );
    await expect(
      openSessionStore({ pool: owner, url: urlFor(OWNER), requireLeastPrivilege: false }),
    ).resolves.toBeUndefined();
  });
});
