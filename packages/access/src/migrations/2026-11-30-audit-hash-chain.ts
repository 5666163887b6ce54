import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chains `audit.reads` (docs/security.md, "An audit nobody can rewrite"): each row carries the SHA-256 of its own
 * content and of the row before's hash, computed by the database as the row is inserted, so an edited or removed row
 * breaks the chain at that point (`pnpm audit:verify` names it). The rows already there are chained in id order.
 *
 * One link at a time: the trigger takes a transaction-level advisory lock and only then gives the row its id, so
 * ids follow the order rows joined the chain even when services insert concurrently; the lock is held to commit, so
 * the next insert sees this row. The function runs as the owner (SECURITY DEFINER) because no service may read the
 * audit trail; it touches nothing but this table and its sequence.
 */
export class AuditHashChain1795996802600 implements MigrationInterface {
  name = 'AuditHashChain1795996802600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit.reads ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea`);
    // The content hashed: every column but the chain's own, as JSON (keys in a fixed order), the time in UTC to the
    // microsecond, nulls left out — so a nullable column a later migration adds leaves the rows before it valid.
    await q.query(`
      CREATE FUNCTION audit.reads_digest(prev bytea, r audit.reads) RETURNS bytea
      LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
        SELECT sha256(coalesce(prev, ''::bytea) || convert_to(jsonb_strip_nulls(
          (to_jsonb(r) - 'hash' - 'prev_hash')
          || jsonb_build_object('at', to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
        )::text, 'UTF8'))
      $$`);
    await q.query(`ALTER TABLE audit.reads DISABLE TRIGGER reads_append_only`);
    await q.query(`
      DO $$
      DECLARE r audit.reads; last bytea;
      BEGIN
        FOR r IN SELECT * FROM audit.reads ORDER BY id LOOP
          UPDATE audit.reads SET prev_hash = last, hash = audit.reads_digest(last, r) WHERE id = r.id
            RETURNING hash INTO last;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE audit.reads ENABLE TRIGGER reads_append_only`);
    await q.query(`ALTER TABLE audit.reads ALTER COLUMN hash SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION audit.reads_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE last bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('lac audit.reads chain'));
        NEW.id := nextval('audit.reads_id_seq');
        SELECT r.hash INTO last FROM audit.reads r ORDER BY r.id DESC LIMIT 1;
        NEW.prev_hash := last;
        NEW.hash := audit.reads_digest(last, NEW);
        RETURN NEW;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit.reads_chain() FROM PUBLIC`);
    await q.query(`
      CREATE TRIGGER reads_chain BEFORE INSERT ON audit.reads
      FOR EACH ROW EXECUTE FUNCTION audit.reads_chain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER reads_chain ON audit.reads`);
    await q.query(`DROP FUNCTION audit.reads_chain()`);
    await q.query(`DROP FUNCTION audit.reads_digest(bytea, audit.reads)`);
    await q.query(`ALTER TABLE audit.reads DROP COLUMN hash, DROP COLUMN prev_hash`);
  }
}
