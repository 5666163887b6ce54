import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit row per child per request (docs/security.md, "Audit"): `labels` lists what was read of that child
 * (`Child.carePlan`, `Review.decisions`, …), so the trail grows with the children a page shows, not with their
 * fields. Rows written before keep one label in `what`; `audit.read_labels` shows both as one label a row, the way
 * the trail is read. The chain's digest leaves nulls out, so the rows already chained stay valid.
 * The down migration cannot run once a row with labels exists: the table is append-only.
 */
export class AuditReadsPerChild1795996802700 implements MigrationInterface {
  name = 'AuditReadsPerChild1795996802700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit.reads
        ALTER COLUMN what DROP NOT NULL,
        ADD COLUMN labels text[],
        ADD CONSTRAINT reads_what_or_labels CHECK ((what IS NULL) <> (labels IS NULL)),
        ADD CONSTRAINT reads_labels_not_empty CHECK (cardinality(labels) > 0)`);
    await q.query(`
      CREATE VIEW audit.read_labels AS
        SELECT r.id, r.at, r.actor_id, r.relationship, r.child_id, coalesce(l.label, r.what) AS what, r.outcome,
               r.operation, r.subgraph, r.request_id
          FROM audit.reads r LEFT JOIN LATERAL unnest(r.labels) AS l(label) ON true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW audit.read_labels`);
    await q.query(`
      ALTER TABLE audit.reads
        DROP CONSTRAINT reads_labels_not_empty,
        DROP CONSTRAINT reads_what_or_labels,
        DROP COLUMN labels,
        ALTER COLUMN what SET NOT NULL`);
  }
}
