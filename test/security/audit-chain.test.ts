import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { verifyAuditChain } from '@lac/database';
import { SUBGRAPHS } from '@lac/registry';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type System, startSystem } from '../support/system';

/**
 * docs/security.md, "An audit nobody can rewrite": every audit row carries a hash of its content and of the row
 * before it, built by the database as rows arrive from every service at once (through `audit.append_reads`, one
 * statement a request: decision 0025); the verifier names the first row that was altered. Tampering here is done
 * as the administrator: no service's role can even try (database-roles.test.ts).
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

/** One request's audit, as the services write it: its rows in one call of the append function. */
function append(
  client: Client,
  subgraph: string,
  request: string,
  entries: Array<Record<string, unknown>>,
): Promise<unknown> {
  return client.query(`SELECT audit.append_reads(gen_random_uuid(), $1::jsonb, 'ChainTest', $2, $3)`, [
    JSON.stringify(entries),
    subgraph,
    request,
  ]);
}

// One label in `what`, so the tampering below can edit it (a row holds `what` or `labels`, never both).
const allowed = () => ({ child_id: randomUUID(), relationship: 'iro', outcome: 'allowed', what: 'Child' });
const denied = () => ({ child_id: randomUUID(), relationship: null, outcome: 'denied', what: 'Child' });

/** Each service's own connection, appending as the services do: several rows in one statement. */
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
        await append(client, service, `chain-${w}-${i}`, [allowed(), denied()]);
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

/** An empty trail and a chain that starts again: the rows and the head the append chains from (audit.chain_head). */
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

  it("keeps each request's rows together and in chain order when eight requests of fifty rows append at once", async () => {
    // The append takes the head once per request and holds it to commit: one request's rows are consecutive ids,
    // and the requests follow each other whole, whichever got there first.
    const writers = await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        const client = new Client({ connectionString: system.roles.services[SERVICES[w % SERVICES.length]] });
        await client.connect();
        clients.push(client);
        return client;
      }),
    );
    const before = await ids();
    await Promise.all(
      writers.map((client, w) =>
        append(
          client,
          SERVICES[w % SERVICES.length],
          `fifty-${w}`,
          Array.from({ length: 50 }, (_, i) => (i % 10 === 9 ? denied() : allowed())),
        ),
      ),
    );
    const report = await verifyAuditChain(system.admin);
    expect(report).toMatchObject({ ok: true, rows: before.length + 8 * 50 });
    const spans: Array<{ request_id: string; rows: number; span: number }> = await system.admin.query(
      `SELECT request_id, count(*)::int AS rows, (max(id) - min(id) + 1)::int AS span FROM audit.reads
        WHERE request_id LIKE 'fifty-%' GROUP BY request_id ORDER BY request_id`,
    );
    expect(spans).toEqual(Array.from({ length: 8 }, (_, w) => ({ request_id: `fifty-${w}`, rows: 50, span: 50 })));
    // The head stands at the newest row, from which the next append chains.
    const [head] = await system.admin.query(
      `SELECT h.last_id::text AS id, encode(h.hash, 'hex') AS hash FROM audit.chain_head h`,
    );
    expect(head).toEqual({ id: (await ids()).at(-1), hash: report.ok ? report.head : null });
  });

  it('makes the row from what a service says was read, never the chain, id, time or actor it tries to supply', async () => {
    const client = new Client({ connectionString: system.roles.services['care-planning'] });
    await client.connect();
    clients.push(client);
    const actor = randomUUID();
    const forged = { id: 1, at: '2019-01-01T00:00:00Z', actor_id: randomUUID(), subgraph: 'elsewhere' };
    await client.query(`SELECT audit.append_reads($1, $2::jsonb, 'Forgery', 'care-planning', 'forged')`, [
      actor,
      JSON.stringify([{ ...allowed(), ...forged, prev_hash: '\\x00', hash: '\\x00' }]),
    ]);
    const [row] = await system.admin.query(
      `SELECT id::text AS id, actor_id, subgraph, at > now() - interval '1 minute' AS now_ish FROM audit.reads
        WHERE request_id = 'forged'`,
    );
    expect(row).toEqual({ id: (await ids()).at(-1), actor_id: actor, subgraph: 'care-planning', now_ish: true });
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
    // Nor may it write a row itself, chained or not: the append function is its one way in.
    await expect(
      client.query(
        `INSERT INTO audit.reads (id, actor_id, relationship, child_id, what, outcome, subgraph, request_id, prev_hash, hash)
         VALUES (1, gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', 'care-planning', 'forged', '\\x00', '\\x00')`,
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("chains the owner's own inserts (the trigger, for a row that arrives unhashed) into the same chain", async () => {
    const client = new Client({ connectionString: system.roles.services.placements });
    await client.connect();
    clients.push(client);
    await append(client, 'placements', 'appended-1', [allowed(), allowed()]);
    await system.admin.query(
      `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
       VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), 'Child', 'allowed', 'test', 'inserted')`,
    );
    await append(client, 'placements', 'appended-2', [denied()]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('keeps one chain when an audited request rolls back: the head moves back with it', async () => {
    // The chain's head is a row the append locks and moves on (audit.chain_head); a rolled-back append must not
    // leave it pointing at a row that was never kept, or the next row would chain from nothing.
    const client = new Client({ connectionString: system.roles.services.placements });
    await client.connect();
    clients.push(client);
    const insert = (request: string) =>
      append(client, 'placements', request, [{ ...allowed(), relationship: 'carer' }, allowed()]);
    await client.query('BEGIN');
    await insert('rolled-back');
    await client.query('ROLLBACK');
    await insert('kept');
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
    const [{ n }] = await system.admin.query(
      `SELECT count(*)::int AS n FROM audit.reads WHERE request_id = 'rolled-back'`,
    );
    expect(n).toBe(0);
    // Nor can a service reach the head to move it: it was granted nothing on it.
    await expect(client.query('UPDATE audit.chain_head SET hash = NULL')).rejects.toThrow(/permission denied/);
    await expect(client.query('DELETE FROM audit.chain_head')).rejects.toThrow(/permission denied/);
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
