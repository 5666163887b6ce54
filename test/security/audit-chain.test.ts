import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { verifyAuditChain } from '@lac/database';
import { SUBGRAPHS } from '@lac/registry';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type System, startSystem } from '../support/system';

/**
 * docs/security.md, "An audit nobody can rewrite": every audit row carries a hash of its content and of the row
 * before it, built by the database as rows arrive from every service at once; the verifier names the first row
 * that was altered. Tampering here is done as the administrator: no service's role can even try
 * (database-roles.test.ts).
 */
let system: System;
const SERVICES = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
const clients: Client[] = [];

beforeAll(async () => {
  system = await startSystem();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await system?.stop();
});

/** Each service's own connection, inserting as the services do: several rows in one statement. */
async function appendConcurrently(perService: number, connectionsPerService: number): Promise<number> {
  const writers = await Promise.all(
    SERVICES.flatMap((service) =>
      Array.from({ length: connectionsPerService }, async () => {
        const client = new Client({ connectionString: system.roles.services[service] });
        await client.connect();
        clients.push(client);
        // The hash must not depend on the writer's session: half the writers are on the other side of the world.
        await client.query(`SET TIME ZONE '${clients.length % 2 ? 'Pacific/Chatham' : 'Europe/London'}'`);
        return { service, client };
      }),
    ),
  );
  await Promise.all(
    writers.map(async ({ service, client }, w) => {
      for (let i = 0; i < perService; i++) {
        await client.query(
          `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
           VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', $1, $2),
                  (gen_random_uuid(), NULL, gen_random_uuid(), 'Child', 'denied', $1, $2)`,
          [service, `chain-${w}-${i}`],
        );
      }
    }),
  );
  return writers.length * perService * 2;
}

/** As the administrator, with the append-only triggers off for this one statement's transaction. */
async function tamper(sql: string, params: unknown[] = []): Promise<void> {
  await system.admin.transaction(async (em) => {
    await em.query('SET LOCAL session_replication_role = replica');
    await em.query(sql, params);
  });
}

/** An empty trail and a chain that starts again: the rows and the head the trigger chains from (audit.chain_head). */
async function freshChain(): Promise<void> {
  await tamper('TRUNCATE audit.reads RESTART IDENTITY');
  await tamper('UPDATE audit.chain_head SET last_id = NULL, hash = NULL');
}

async function ids(): Promise<string[]> {
  const rows: Array<{ id: string }> = await system.admin.query(
    'SELECT r.id::text AS id FROM audit.reads r ORDER BY r.id',
  );
  return rows.map((r) => r.id);
}

describe('the audit chain', () => {
  it('is one intact chain after every service appended at once, and after real reads through the graph', async () => {
    const written = await appendConcurrently(5, 3);
    const report = await verifyAuditChain(system.admin);
    expect(report).toEqual({ ok: true, rows: written, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const links: Array<{ first: boolean; linked: boolean }> = await system.admin.query(
      `SELECT prev_hash IS NULL AS first, prev_hash = lag(hash) OVER (ORDER BY id) AS linked FROM audit.reads`,
    );
    expect(links.filter((l) => l.first)).toHaveLength(1);
    expect(links.filter((l) => l.linked)).toHaveLength(written - 1);
  });

  it('ignores a chain a service tries to supply: the database computes it', async () => {
    const client = new Client({ connectionString: system.roles.services['care-planning'] });
    await client.connect();
    clients.push(client);
    await client.query(
      `INSERT INTO audit.reads (id, actor_id, relationship, child_id, what, outcome, subgraph, request_id, prev_hash, hash)
       VALUES (1, gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', 'care-planning', 'forged', '\\x00', '\\x00')`,
    );
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('keeps one chain when an audited request rolls back: the head moves back with it', async () => {
    // The chain's head is a row the trigger locks and moves on (audit.chain_head); a rolled-back insert must not
    // leave it pointing at a row that was never kept, or the next row would chain from nothing.
    const client = new Client({ connectionString: system.roles.services.placements });
    await client.connect();
    clients.push(client);
    const insert = (request: string) =>
      client.query(
        `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
         VALUES (gen_random_uuid(), 'carer', gen_random_uuid(), 'Child', 'allowed', 'placements', $1)`,
        [request],
      );
    await client.query('BEGIN');
    await insert('rolled-back');
    await client.query('ROLLBACK');
    await insert('kept');
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
    // Nor can a service reach the head to move it: it was granted nothing on it.
    await expect(client.query('UPDATE audit.chain_head SET hash = NULL')).rejects.toThrow(/permission denied/);
    await expect(client.query('SELECT hash FROM audit.chain_head')).rejects.toThrow(/permission denied/);
  });

  it('names a row whose content was edited, and is whole again once it is put back', async () => {
    const all = await ids();
    const victim = all[Math.floor(all.length / 2)];
    const [{ what }] = await system.admin.query('SELECT what FROM audit.reads WHERE id = $1', [victim]);
    await tamper(`UPDATE audit.reads SET what = 'Nothing to see' WHERE id = $1`, [victim]);
    const report = await verifyAuditChain(system.admin);
    expect(report).toMatchObject({ ok: false, alteredRowId: victim });
    expect(report.ok ? '' : report.problem).toMatch(new RegExp(`row ${victim} was altered`));
    await tamper(`UPDATE audit.reads SET what = $2 WHERE id = $1`, [victim, what]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('names the first altered row by id order when several were (a one-digit id before a two-digit one)', async () => {
    const all = await ids();
    const [early, late] = [all[1], all.at(-1)!];
    expect(early.length).toBeLessThan(late.length);
    await tamper(`UPDATE audit.reads SET what = 'Nothing' WHERE id = ANY($1::bigint[])`, [[early, late]]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: false, alteredRowId: early });
    await tamper(`UPDATE audit.reads SET what = 'Child' WHERE id = ANY($1::bigint[])`, [[early, late]]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('names a row edited and re-hashed to hide it: the next row no longer follows it', async () => {
    const all = await ids();
    const victim = all[3];
    await tamper(`UPDATE audit.reads r SET actor_id = gen_random_uuid() WHERE id = $1`, [victim]);
    await tamper(`UPDATE audit.reads r SET hash = audit.reads_digest(r.prev_hash, r) WHERE id = $1`, [victim]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: false, alteredRowId: victim });
  });

  it('names where a row was removed, in the middle or at the start', async () => {
    // From a fresh run of rows: the last test's forgery would otherwise be the first break found.
    await freshChain();
    await appendConcurrently(2, 1);
    let all = await ids();
    await tamper('DELETE FROM audit.reads WHERE id = $1', [all[4]]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: false, alteredRowId: all[3] });

    await freshChain();
    await appendConcurrently(2, 1);
    all = await ids();
    await tamper('DELETE FROM audit.reads WHERE id = $1', [all[0]]);
    const report = await verifyAuditChain(system.admin);
    expect(report).toMatchObject({ ok: false, alteredRowId: all[1] });
    expect(report.ok ? '' : report.problem).toMatch(/rows before it were removed/);

    // The newest row removed: the trail still verifies until the next row is written, which chains from the head the
    // removed row left (audit.chain_head), so the removal is named then.
    await freshChain();
    await appendConcurrently(2, 1);
    all = await ids();
    await tamper('DELETE FROM audit.reads WHERE id = $1', [all.at(-1)]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
    await appendConcurrently(1, 1);
    const after = await ids();
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: false, alteredRowId: all.at(-2) });
    expect(after.length).toBe(all.length - 1 + 2 * (1 + 3));
  });

  it('`pnpm audit:verify` says so: intact with its head, or the altered row and a non-zero exit', async () => {
    // The built command (`pnpm test:integration` builds first), as an operator runs it.
    const cli = path.resolve(__dirname, '../../packages/database/dist/audit-verify-cli.js');
    const run = (url: string) =>
      promisify(execFile)(process.execPath, [cli], { env: { ...process.env, DATABASE_URL: url } }).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
      );
    await freshChain();
    await appendConcurrently(1, 1);
    const all = await ids();
    expect(await run(system.databaseUrl)).toEqual({
      code: 0,
      out: expect.stringMatching(new RegExp(`^audit chain intact: ${all.length} rows, head [0-9a-f]{64}`)),
    });
    await tamper(`UPDATE audit.reads SET what = 'Nothing' WHERE id = $1`, [all[2]]);
    expect(await run(system.databaseUrl)).toEqual({
      code: 1,
      out: expect.stringContaining(`audit.reads row ${all[2]} was altered`),
    });
    // A service's own role cannot even read the trail to check it.
    expect(await run(system.roles.services.gateway)).toMatchObject({
      code: 2,
      out: expect.stringMatching(/permission denied/),
    });
  });
});
