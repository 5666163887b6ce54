import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review recommendations that keep their identity across reviews. The recommendation row holds its current state
 * (status, due date) under a version for optimistic concurrency; every outcome an IRO records at a later review is
 * a row of its own, so the chain of carry-forwards stays readable.
 */
export class Recommendations1795000001300 implements MigrationInterface {
  name = 'Recommendations1795000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        made_at_review_id uuid NOT NULL REFERENCES care_planning.reviews (id),
        text text NOT NULL CHECK (length(text) > 0),
        owner_person_id uuid,
        owner_role text,
        original_due_date date NOT NULL,
        due_date date NOT NULL,
        monitoring text NOT NULL CHECK (length(monitoring) > 0),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((owner_person_id IS NULL) <> (owner_role IS NULL))
      )`);
    await q.query(`CREATE INDEX recommendations_child ON care_planning.recommendations (child_id)`);
    await q.query(`CREATE INDEX recommendations_review ON care_planning.recommendations (made_at_review_id)`);
    await q.query(`
      CREATE TABLE care_planning.recommendation_outcomes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES care_planning.recommendations (id),
        review_id uuid NOT NULL REFERENCES care_planning.reviews (id),
        outcome text NOT NULL CHECK (outcome IN ('achieved', 'carried_forward', 'dropped')),
        reason text,
        new_due_date date,
        progress text,
        version integer NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recommendation_id, review_id),
        CHECK (outcome = 'achieved' OR reason IS NOT NULL),
        CHECK (outcome = 'carried_forward' OR (new_due_date IS NULL AND progress IS NULL))
      )`);
    await q.query(`CREATE INDEX recommendation_outcomes_review ON care_planning.recommendation_outcomes (review_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_planning.recommendation_outcomes`);
    await q.query(`DROP TABLE care_planning.recommendations`);
  }
}
