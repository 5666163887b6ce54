import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit.reads` also records reads the policy refused (a child asked for by id outside the caller's
 * relationships): `outcome` says which, and a denied row has no relationship. The down migration cannot run once a
 * denied row exists — the table is append-only, so such a row can be neither removed nor given a relationship.
 */
export class AuditDeniedReads1795996801000 implements MigrationInterface {
  name = 'AuditDeniedReads1795996801000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit.reads
        ALTER COLUMN relationship DROP NOT NULL,
        ADD COLUMN outcome text NOT NULL DEFAULT 'allowed' CHECK (outcome IN ('allowed', 'denied')),
        ADD CONSTRAINT reads_outcome_relationship CHECK ((outcome = 'allowed') = (relationship IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit.reads
        DROP CONSTRAINT reads_outcome_relationship,
        DROP COLUMN outcome,
        ALTER COLUMN relationship SET NOT NULL`);
  }
}
