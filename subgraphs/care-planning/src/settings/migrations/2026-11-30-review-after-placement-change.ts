import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How soon a review follows a placement change, in working days (DOMAIN.md §1.1, reg 32(2) gives no interval; a
 * local rule, docs/decisions/0022). 20 like the first review; 0 turns the rule off.
 */
export class ReviewAfterPlacementChange1795996847100 implements MigrationInterface {
  name = 'ReviewAfterPlacementChange1795996847100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE care_planning.local_authority_settings
        ADD COLUMN review_after_placement_change_working_days integer NOT NULL DEFAULT 20
          CHECK (review_after_placement_change_working_days BETWEEN 0 AND 60)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE care_planning.local_authority_settings DROP COLUMN review_after_placement_change_working_days`,
    );
  }
}
