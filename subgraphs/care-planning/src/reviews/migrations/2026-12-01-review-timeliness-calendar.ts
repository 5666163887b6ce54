import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bank-holiday calendar version each stored timeliness row was worked out with, as `review_schedule` already
 * records for the next review, so a change of calendar finds the rows computed with an older one and works them
 * out again (docs/decisions/0021, amendment of 2026-12-01; reviews/calendar-change.ts). Rows already stored carry
 * none: which calendar produced them is not known, so the first start after this migration recomputes them.
 */
export class ReviewTimelinessCalendar1796158807300 implements MigrationInterface {
  name = 'ReviewTimelinessCalendar1796158807300';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE care_planning.review_timeliness ADD COLUMN calendar_version text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE care_planning.review_timeliness DROP COLUMN calendar_version');
  }
}
