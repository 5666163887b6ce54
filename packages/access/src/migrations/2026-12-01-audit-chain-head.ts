import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's head in a one-row table (docs/security.md, "An audit nobody can rewrite"). The trigger used to
 * take a global advisory lock and then look up the last row's hash across every monthly partition, once per row:
 * on a caseload of 50 children that is 50 scans while every other writer waits, and the bench measured the audit
 * INSERTs at 16.6 s of 23 s of database time, 15.2 s of it waiting (docs/benchmarks.md). Now the trigger locks the
 * head row (the lock that orders writers, held to commit as before), chains from it and moves it on: one row read
 * and written per audit row. A rolled-back insert rolls its head update back with it. Only the owner's trigger
 * function (SECURITY DEFINER) touches the table: the services are granted nothing on it.
 */
export class AuditChainHead1796100000100 implements MigrationInterface {
  name = 'AuditChainHead1796100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit.chain_head (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        last_id bigint,
        hash bytea
      )`);
    // Where the chain stands now: the newest row here, else the last archived row's hash (the trigger's old rule).
    await q.query(`LOCK TABLE audit.reads IN SHARE MODE`);
    await q.query(`
      INSERT INTO audit.chain_head (last_id, hash)
      SELECT id, hash FROM (
        (SELECT r.id, r.hash, 1 AS k FROM audit.reads r ORDER BY r.id DESC LIMIT 1)
        UNION ALL
        (SELECT a.last_id, a.last_hash, 2 FROM audit.archived_reads a ORDER BY a.last_id DESC NULLS LAST LIMIT 1)
        UNION ALL
        (SELECT NULL::bigint, NULL::bytea, 3)
      ) h ORDER BY k LIMIT 1`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.reads_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE last bytea;
      BEGIN
        SELECT h.hash INTO last FROM audit.chain_head h FOR UPDATE;
        NEW.id := nextval('audit.reads_id_seq');
        NEW.prev_hash := last;
        NEW.hash := audit.reads_digest(last, NEW);
        UPDATE audit.chain_head SET last_id = NEW.id, hash = NEW.hash;
        RETURN NEW;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.reads_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE last bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('lac audit.reads chain'));
        NEW.id := nextval('audit.reads_id_seq');
        SELECT r.hash INTO last FROM audit.reads r ORDER BY r.id DESC LIMIT 1;
        IF NOT FOUND THEN
          SELECT a.last_hash INTO last FROM audit.archived_reads a ORDER BY a.last_id DESC NULLS LAST LIMIT 1;
        END IF;
        NEW.prev_hash := last;
        NEW.hash := audit.reads_digest(last, NEW);
        RETURN NEW;
      END $$`);
    await q.query(`DROP TABLE audit.chain_head`);
  }
}
