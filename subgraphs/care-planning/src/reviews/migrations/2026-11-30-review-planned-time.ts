import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time a review is booked for, so every page can say when it is (date, time, venue) the same way. Free text
 * checked as HH:MM by the mutation; nullable because reviews booked before this column have a date only.
 */
export class ReviewPlannedTime1795996801210 implements MigrationInterface {
  name = 'ReviewPlannedTime1795996801210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_planning.reviews ADD COLUMN planned_time text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_planning.reviews DROP COLUMN planned_time`);
  }
}
