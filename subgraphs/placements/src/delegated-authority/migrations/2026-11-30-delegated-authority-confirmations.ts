import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The IRO's record that a review re-confirmed a version of the matrix (DOMAIN.md §4: reviews re-confirm it). */
export class DelegatedAuthorityConfirmations1796068803000 implements MigrationInterface {
  name = 'DelegatedAuthorityConfirmations1796068803000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.delegated_authority_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placements.delegated_authority (placement_id),
        child_id uuid NOT NULL,
        review_id uuid NOT NULL,
        version integer NOT NULL,
        confirmed_by uuid NOT NULL,
        confirmed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (placement_id, review_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.delegated_authority_confirmations`);
  }
}
