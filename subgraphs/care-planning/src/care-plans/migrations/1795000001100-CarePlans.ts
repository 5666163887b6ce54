import type { MigrationInterface, QueryRunner } from 'typeorm';

const PLANS = `'REUNIFICATION', 'KINSHIP_OR_SGO', 'LONG_TERM_FOSTER_CARE', 'ADOPTION', 'RESIDENTIAL', 'INDEPENDENT_LIVING'`;

/**
 * Care plans are versioned: every save appends an immutable version. The head row holds the current version
 * number, so a save is `UPDATE ... WHERE version = <the version the editor started from>` and two saves from
 * the same version cannot both succeed; UNIQUE (child_id, version_number) backs that up.
 */
export class CarePlans1795000001100 implements MigrationInterface {
  name = 'CarePlans1795000001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.care_plans (
        child_id uuid PRIMARY KEY REFERENCES care_planning.children (id),
        version integer NOT NULL CHECK (version > 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE care_planning.care_plan_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.care_plans (child_id),
        version_number integer NOT NULL CHECK (version_number > 0),
        permanence_plan text CHECK (permanence_plan IN (${PLANS})),
        parallel_plan text CHECK (parallel_plan IN (${PLANS})),
        actions jsonb NOT NULL DEFAULT '[]',
        arrangements jsonb NOT NULL DEFAULT '{}',
        saved_by uuid NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (child_id, version_number),
        CHECK (parallel_plan IS NULL OR (permanence_plan IS NOT NULL AND parallel_plan <> permanence_plan))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_planning.care_plan_versions`);
    await q.query(`DROP TABLE care_planning.care_plans`);
  }
}
