import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';
import { verifyAuditChain } from './audit-chain';

export interface ArchiveOptions {
  /** Whole months of audit kept in the database, counted back from the start of the current month (UTC). */
  retentionMonths: number;
  /** Where each archived month is written, one JSON line a row. */
  directory: string;
  /** Today, for tests; the clock otherwise. */
  now?: Date;
}

export interface ArchivedPartition {
  partition: string;
  rows: number;
  file: string;
  sha256: string;
}

const BATCH = 5_000;

/**
 * Archives and drops the monthly partitions of `audit.reads` that ended before the retention period
 * (docs/security.md, "Audit"): each is detached CONCURRENTLY, so the services go on writing, then written to a
 * file, recorded in `audit.archived_reads` (rows, first and last id, the last row's hash — the chain's anchor from
 * then on — and the file's SHA-256), and dropped. Detached first, so what is written and recorded is everything the
 * partition will ever hold: a row appended to it while it was being read cannot be dropped unarchived (the detach
 * waits for that writer). Should the run stop between the detach and the record, the detached table is still there
 * and the verifier names the gap. Refuses while the chain is broken: the evidence stays. Then makes sure the months
 * ahead have their partitions. Runs as the owner, with its own connection (DETACH CONCURRENTLY cannot run inside a
 * transaction).
 */
export async function archiveAuditPartitions(client: Client, options: ArchiveOptions): Promise<ArchivedPartition[]> {
  if (!Number.isInteger(options.retentionMonths) || options.retentionMonths < 1) {
    throw new Error('The retention must be a whole number of months, at least 1');
  }
  const query = async <T>(sql: string, params?: unknown[]): Promise<T[]> =>
    (await client.query(sql, params)).rows as T[];
  const chain = await verifyAuditChain({ query: (sql) => query(sql) });
  if (!chain.ok) throw new Error(`Not archiving: ${chain.problem}`);

  const now = options.now ?? new Date();
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - options.retentionMonths, 1));
  const partitions = await query<{ name: string; bound: string }>(
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'audit.reads'::regclass`,
  );
  const due = partitions
    .map((p) => ({ name: p.name, end: upperBound(p.bound) }))
    .filter((p) => p.end !== null && p.end <= cutoff)
    .sort((a, b) => a.end!.getTime() - b.end!.getTime());

  const archived: ArchivedPartition[] = [];
  mkdirSync(options.directory, { recursive: true });
  for (const { name } of due) {
    assertPartitionName(name);
    await client.query(`ALTER TABLE audit.reads DETACH PARTITION audit.${name} CONCURRENTLY`);
    // A month the detached partition still covered (the one made at partitioning) gets its own at once.
    await client.query('SELECT audit.ensure_read_partitions(12)');
    const lines: string[] = [];
    let after = '-1';
    let first: string | null = null;
    let last: { id: string; hash: string } | null = null;
    for (;;) {
      const rows = await query<Record<string, unknown> & { id: string; hash: string }>(
        // Ordered by the stored bigint, not by the text it is read out as.
        `SELECT r.id::text AS id, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, r.actor_id,
                r.relationship, r.child_id, r.what, r.labels, r.outcome, r.operation, r.subgraph, r.request_id,
                encode(r.prev_hash, 'hex') AS prev_hash, encode(r.hash, 'hex') AS hash
           FROM audit.${name} r WHERE r.id > $1::bigint ORDER BY r.id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      for (const row of rows) lines.push(JSON.stringify(row));
      first ??= rows[0].id;
      last = rows[rows.length - 1];
      after = last.id;
    }
    const content = lines.length > 0 ? `${lines.join('\n')}\n` : '';
    const file = path.join(options.directory, `audit-${name}.jsonl`);
    writeFileSync(file, content);
    const sha256 = createHash('sha256').update(content).digest('hex');
    await client.query(
      `INSERT INTO audit.archived_reads (partition, rows, first_id, last_id, last_hash, archive_file, archive_sha256)
       VALUES ($1, $2, $3, $4, decode($5, 'hex'), $6, $7)`,
      [name, lines.length, first, last?.id ?? null, last?.hash ?? null, file, sha256],
    );
    await client.query(`DROP TABLE audit.${name}`);
    archived.push({ partition: name, rows: lines.length, file, sha256 });
  }
  await client.query('SELECT audit.ensure_read_partitions(12)');
  return archived;
}

/** `FOR VALUES FROM (…) TO ('2026-12-01 00:00:00+00')` → that instant; null for an open end. */
function upperBound(bound: string): Date | null {
  const match = /TO \('([^']+)'\)/.exec(bound);
  if (!match) return null;
  const date = new Date(match[1].replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(date.getTime()) ? null : date;
}

function assertPartitionName(name: string): void {
  if (!/^reads_[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected audit partition: ${name}`);
}
