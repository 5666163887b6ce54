import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every version of a matrix, each holding all of its rows, with who changed it, when and why, and the legal status
 * its rows were checked against (docs/decisions/0015-delegated-authority.md).
 */
export class DelegatedAuthorityVersions1796068801000 implements MigrationInterface {
  name = 'DelegatedAuthorityVersions1796068801000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.delegated_authority_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placements.delegated_authority (placement_id),
        child_id uuid NOT NULL,
        version integer NOT NULL,
        legal_status text NOT NULL,
        entries jsonb NOT NULL,
        reason text NOT NULL,
        changed_by uuid NOT NULL,
        changed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (placement_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.delegated_authority_versions`);
  }
}
