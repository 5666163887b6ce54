import type { MigrationInterface, QueryRunner } from 'typeorm';
import { storeNextReviews } from '../stored-schedule';

/**
 * Each looked-after child's next review, stored with its basis when the facts it depends on change, so the
 * caseload and the manager's figures read it instead of recomputing the rule per child per request
 * (docs/decisions/0021). The status (overdue, due soon) depends on today and is derived at read time.
 * Backfilled here for the children already recorded, with the same function the writes use.
 */
export class ReviewSchedule1796068804000 implements MigrationInterface {
  name = 'ReviewSchedule1796068804000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.review_schedule (
        child_id uuid PRIMARY KEY REFERENCES care_planning.children (id),
        local_authority_id uuid NOT NULL REFERENCES care_planning.local_authorities (id),
        period_start date NOT NULL,
        due_by date,
        latest_working_day date,
        kind text CHECK (kind IN ('first', 'second', 'subsequent')),
        rule text,
        counted_from date,
        convention text,
        calendar_version text,
        reviews_counted int NOT NULL DEFAULT 0,
        last_review_held date,
        problem text,
        computed_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((due_by IS NULL) = (problem IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX review_schedule_authority_due ON care_planning.review_schedule (local_authority_id, due_by)`,
    );
    const children = (await q.query(
      'SELECT DISTINCT child_id FROM care_planning.periods_of_care WHERE end_date IS NULL',
    )) as Array<{ child_id: string }>;
    const ids = children.map((c) => c.child_id);
    for (let i = 0; i < ids.length; i += 1000) await storeNextReviews(q, ids.slice(i, i + 1000));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE care_planning.review_schedule');
  }
}
