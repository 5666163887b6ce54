import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reads of children's records, append-only: the table refuses UPDATE, DELETE and TRUNCATE for every role. */
export class AuditSchema1795000000001 implements MigrationInterface {
  name = 'AuditSchema1795000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS audit`);
    await q.query(`
      CREATE TABLE audit.reads (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid NOT NULL,
        relationship text NOT NULL,
        child_id uuid NOT NULL,
        what text NOT NULL,
        operation text,
        subgraph text NOT NULL,
        request_id text NOT NULL
      )`);
    await q.query(`CREATE INDEX reads_child ON audit.reads (child_id, at)`);
    await q.query(`CREATE INDEX reads_actor ON audit.reads (actor_id, at)`);
    await q.query(`
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit.reads is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER reads_append_only BEFORE UPDATE OR DELETE ON audit.reads
      FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await q.query(`
      CREATE TRIGGER reads_no_truncate BEFORE TRUNCATE ON audit.reads
      FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit.reads`);
    await q.query(`DROP FUNCTION audit.refuse_change()`);
  }
}
