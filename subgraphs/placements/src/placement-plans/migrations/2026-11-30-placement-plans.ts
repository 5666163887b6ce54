import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One placement plan per placement (CPPCR reg 9), its content per Schedule 2 (DOMAIN.md §2.2), versioned. */
export class PlacementPlans1795996803200 implements MigrationInterface {
  name = 'PlacementPlans1795996803200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.placement_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL UNIQUE REFERENCES placements.placements (id),
        child_id uuid NOT NULL,
        version int NOT NULL DEFAULT 1,
        agreed_on date,
        day_to_day_care text NOT NULL DEFAULT '',
        contact_arrangements text NOT NULL DEFAULT '',
        health_care text NOT NULL DEFAULT '',
        education text NOT NULL DEFAULT '',
        school text,
        visits_and_support text NOT NULL DEFAULT '',
        ending_arrangements text NOT NULL DEFAULT '',
        finances text NOT NULL DEFAULT '',
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX placement_plans_child ON placements.placement_plans (child_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.placement_plans`);
  }
}
