import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * audit.reads loses its index on `id` alone: the primary key `(id, at)` already leads with `id`, so every look-up and
 * walk by id (the verifier, the archive, the chain's head before it had its own row) is served by it, and each row
 * appended paid for a fourth index under the chain's lock (docs/decisions/0025-audit-append.md).
 */
export class AuditReadsDropIdIndex1796100000400 implements MigrationInterface {
  name = 'AuditReadsDropIdIndex1796100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS audit.reads_by_month_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX reads_by_month_id ON audit.reads (id)`);
  }
}
