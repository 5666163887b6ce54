import type { MigrationInterface, QueryRunner } from 'typeorm';
import { storeTimeliness } from '../stored-schedule';

/**
 * Whether each review held was on time, stored when the facts change (docs/decisions/0021), so the manager's
 * "reviews on time in the last 12 months" is a count in SQL. Backfilled with the function the writes use.
 */
export class ReviewTimeliness1796068805000 implements MigrationInterface {
  name = 'ReviewTimeliness1796068805000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.review_timeliness (
        review_id uuid PRIMARY KEY REFERENCES care_planning.reviews (id),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        held_on date NOT NULL,
        due_by date,
        on_time boolean
      )`);
    await q.query('CREATE INDEX review_timeliness_child ON care_planning.review_timeliness (child_id, held_on)');
    const children = (await q.query(
      `SELECT DISTINCT child_id FROM care_planning.reviews WHERE status = 'held' AND held_on IS NOT NULL`,
    )) as Array<{ child_id: string }>;
    const ids = children.map((c) => c.child_id);
    for (let i = 0; i < ids.length; i += 1000) await storeTimeliness(q, ids.slice(i, i + 1000));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE care_planning.review_timeliness');
  }
}
