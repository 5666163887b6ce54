/** What `pnpm audit:verify` found: an intact chain and its head, or the first row that was altered. */
export type AuditChainReport =
  { ok: true; rows: number; head: string | null } | { ok: false; rows: number; alteredRowId: string; problem: string };

interface Link {
  id: string;
  previous_id: string | null;
  content_ok: boolean;
  link_ok: boolean;
}

/**
 * Walks `audit.reads` in id order and checks each row against the chain the database built as it was inserted
 * (migration 2026-11-30-audit-hash-chain): its hash must be the digest of its content and of the previous row's
 * hash. A row whose content no longer matches was altered; a row whose link no longer matches follows a row that
 * was altered (and re-hashed) or removed. Needs a role that may read the audit trail — no service's role may.
 *
 * The chain proves the rows are as they were written, up to the head. Removing the newest rows leaves a shorter
 * intact chain: record the head hash it reports somewhere the database's administrators cannot write, and compare.
 */
export async function verifyAuditChain(db: { query(sql: string): Promise<unknown> }): Promise<AuditChainReport> {
  const [{ rows, head }] = (await db.query(
    `SELECT count(*)::int AS rows, encode((SELECT hash FROM audit.reads ORDER BY id DESC LIMIT 1), 'hex') AS head
       FROM audit.reads`,
  )) as Array<{ rows: number; head: string | null }>;
  const broken = (await db.query(
    `WITH anchor AS (
       -- the newest archived partition's last row precedes the first row still here (pnpm audit:archive)
       SELECT last_id, last_hash FROM audit.archived_reads ORDER BY last_id DESC NULLS LAST LIMIT 1)
     SELECT id::text, previous_id::text, content_ok, link_ok FROM (
       SELECT r.id, lag(r.id, 1, a.last_id) OVER w AS previous_id,
              r.hash IS NOT DISTINCT FROM audit.reads_digest(r.prev_hash, r) AS content_ok,
              r.prev_hash IS NOT DISTINCT FROM lag(r.hash, 1, a.last_hash) OVER w AS link_ok
         FROM audit.reads r LEFT JOIN anchor a ON true WINDOW w AS (ORDER BY r.id)) links
      WHERE NOT (content_ok AND link_ok) ORDER BY links.id LIMIT 1`,
  )) as Link[];
  if (broken.length === 0) return { ok: true, rows, head };
  const [first] = broken;
  if (!first.content_ok) {
    return {
      ok: false,
      rows,
      alteredRowId: first.id,
      problem: `audit.reads row ${first.id} was altered: its content no longer matches its hash`,
    };
  }
  if (first.previous_id === null) {
    return {
      ok: false,
      rows,
      alteredRowId: first.id,
      problem: `audit.reads row ${first.id} is first but names a predecessor: the rows before it were removed`,
    };
  }
  return {
    ok: false,
    rows,
    alteredRowId: first.previous_id,
    problem: `audit.reads row ${first.previous_id} was altered, or rows between it and row ${first.id} were removed: row ${first.id} no longer follows it`,
  };
}
