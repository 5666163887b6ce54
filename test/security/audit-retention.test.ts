import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type RoleUrls,
  archiveAuditPartitions,
  createDataSource,
  createRoles,
  migrate,
  serviceRole,
  verifyAuditChain,
} from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * docs/security.md, "Audit": the audit is partitioned by month; `pnpm audit:archive` writes the months past the
 * retention period to files, records them, detaches them CONCURRENTLY and drops them, and the chain carries on
 * from the last archived row. A database of its own: dropping partitions under the shared test system would pull
 * tables from under its reset.
 */
let adminUrl: string;
let roles: RoleUrls;
let admin: Client;
let owner: Client;
let service: Client;

const thisMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
};
const monthName = (d: Date) => `reads_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function partitions(): Promise<string[]> {
  const { rows } = await admin.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'audit.reads'::regclass ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/**
 * A row as a service appends it (the append function, decision 0025); or, given `at`, back-dated by the
 * administrator straight into the table, where the trigger chains it.
 */
const append = (db: Client, requestId: string, at?: string) =>
  at
    ? db.query(
        `INSERT INTO audit.reads (actor_id, relationship, child_id, labels, outcome, subgraph, request_id, at)
         VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), ARRAY['Child'], 'allowed', 'care-planning', $1, $2)`,
        [requestId, at],
      )
    : db.query(`SELECT audit.append_reads(gen_random_uuid(), $1::jsonb, NULL, 'care-planning', $2)`, [
        JSON.stringify([{ child_id: randomUUID(), relationship: 'iro', outcome: 'allowed', labels: ['Child'] }]),
        requestId,
      ]);

beforeAll(async () => {
  adminUrl = await createTestDatabase(inject('databaseUrl'), 'retention');
  roles = await createRoles(adminUrl, ['care-planning']);
  const { dataSource } = createDataSource({ url: roles.owner, schema: 'care_planning', entities: [], migrations: [] });
  await dataSource.initialize();
  await migrate(dataSource, roles.owner, 'care_planning', { role: serviceRole('care-planning'), access: 'write' });
  await dataSource.destroy();
  admin = await connect(adminUrl);
  owner = await connect(roles.owner);
  service = await connect(roles.services['care-planning']);
});

afterAll(async () => {
  await Promise.all([admin, owner, service].map((c) => c?.end()));
});

describe('the audit by month', () => {
  it('keeps the rows from before partitioning in one partition, and a year of months ready after it', async () => {
    const names = await partitions();
    expect(names).toContain('reads_before_partitions');
    expect(names.filter((n) => n !== 'reads_before_partitions')).toEqual(
      Array.from({ length: 12 }, (_, i) => monthName(addMonths(thisMonth(), i + 1))),
    );
  });

  it('lets a service write through the append function only, never into the table, a partition or the archive record', async () => {
    await append(service, 'through-the-function');
    await expect(
      service.query(
        `INSERT INTO audit.reads (actor_id, relationship, child_id, labels, outcome, subgraph, request_id)
         VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), ARRAY['Child'], 'allowed', 'x', 'x')`,
      ),
    ).rejects.toThrow(/permission denied/);
    const month = monthName(addMonths(thisMonth(), 1));
    await expect(
      service.query(
        `INSERT INTO audit.${month} (actor_id, relationship, child_id, labels, outcome, subgraph, request_id, hash)
         VALUES (gen_random_uuid(), 'iro', gen_random_uuid(), ARRAY['Child'], 'allowed', 'x', 'x', '\\x00')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      service.query(
        `INSERT INTO audit.archived_reads (partition, rows, archive_file, archive_sha256) VALUES ('x', 0, 'x', 'x')`,
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('archives the months past the retention to files, drops them without stopping writers, and the chain carries on', async () => {
    await append(admin, 'old', '2019-03-04T10:00:00Z');
    for (let i = 0; i < 5; i++) await append(service, `before-${i}`);
    const { rows: before } = await admin.query<{ id: string; hash: string }>(
      `SELECT r.id::text AS id, encode(r.hash, 'hex') AS hash FROM audit.reads r ORDER BY r.id`,
    );
    expect(await verifyAuditChain({ query: async (sql) => (await admin.query(sql)).rows })).toMatchObject({ ok: true });

    // Fourteen months from now with twelve kept: everything up to the end of next month is past the retention.
    const directory = mkdtempSync(path.join(tmpdir(), 'lac-audit-archive-'));
    const now = addMonths(thisMonth(), 14);
    const writers = Promise.allSettled(Array.from({ length: 10 }, (_, i) => append(service, `during-${i}`)));
    const archived = await archiveAuditPartitions(owner, { retentionMonths: 12, directory, now });
    // The writers are this month's, and this month lies in the partition being archived (which a real archive
    // never touches): each row is written before the detach, and archived, or after it, into the month's new
    // partition — or, while the detach is pending, refused loudly. None is written and then dropped unarchived.
    const outcomes = await writers;
    for (const o of outcomes) if (o.status === 'rejected') expect(String(o.reason)).toMatch(/no partition/);
    const written = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [`during-${i}`] : []));

    expect(archived.map((a) => a.partition)).toEqual(['reads_before_partitions', monthName(addMonths(thisMonth(), 1))]);
    const [old] = archived;
    const lines = readFileSync(old.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; hash: string; request_id: string });
    expect(old.sha256).toBe(createHash('sha256').update(readFileSync(old.file)).digest('hex'));
    expect(lines.length).toBe(old.rows);
    expect(lines.slice(0, before.length).map((l) => [l.id, l.hash])).toEqual(before.map((r) => [r.id, r.hash]));
    const { rows: kept } = await admin.query<{ request_id: string }>(
      `SELECT request_id FROM audit.reads WHERE request_id LIKE 'during-%'`,
    );
    const archivedDuring = lines.map((l) => l.request_id).filter((r) => r.startsWith('during-'));
    expect([...archivedDuring, ...kept.map((r) => r.request_id)].sort()).toEqual(written.sort());

    const names = await partitions();
    expect(names).not.toContain('reads_before_partitions');
    expect(names).toContain(monthName(thisMonth())); // made once the old partition no longer covers this month
    const { rows: record } = await admin.query(
      `SELECT partition, rows::int, last_id::text, encode(last_hash, 'hex') AS last_hash FROM audit.archived_reads WHERE partition = 'reads_before_partitions'`,
    );
    expect(record[0]).toEqual({
      partition: 'reads_before_partitions',
      rows: old.rows,
      last_id: lines.at(-1)!.id,
      last_hash: lines.at(-1)!.hash,
    });

    // The first row written after the archive follows the last row archived.
    await append(service, 'after');
    const [first] = (
      await admin.query<{ prev: string }>(
        `SELECT encode(prev_hash, 'hex') AS prev FROM audit.reads ORDER BY id LIMIT 1`,
      )
    ).rows;
    expect(first.prev).toBe(lines.at(-1)!.hash);
    expect(await verifyAuditChain({ query: async (sql) => (await admin.query(sql)).rows })).toMatchObject({ ok: true });
  });

  it('refuses to archive a broken chain, and a retention under a month', async () => {
    await admin.query('BEGIN');
    await admin.query('SET LOCAL session_replication_role = replica');
    await admin.query(`UPDATE audit.reads SET subgraph = 'elsewhere' WHERE request_id = 'after'`);
    await admin.query('COMMIT');
    const directory = mkdtempSync(path.join(tmpdir(), 'lac-audit-archive-'));
    await expect(
      archiveAuditPartitions(owner, { retentionMonths: 1, directory, now: addMonths(thisMonth(), 30) }),
    ).rejects.toThrow(/Not archiving: audit.reads row \d+ was altered/);
    await expect(archiveAuditPartitions(owner, { retentionMonths: 0, directory })).rejects.toThrow(/at least 1/);
  });
});
