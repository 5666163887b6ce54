import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The SSDA903 fields of a placement (provider, reason for change), distance from home and the visit regime. */
export class PlacementSsda903Fields1795996803100 implements MigrationInterface {
  name = 'PlacementSsda903Fields1795996803100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE placements.placements
        ADD COLUMN provider_code text,
        ADD COLUMN reason_for_change text,
        ADD COLUMN distance_from_home_km numeric(6,1) CHECK (distance_from_home_km >= 0),
        ADD COLUMN intended_until_eighteen boolean NOT NULL DEFAULT false,
        ADD COLUMN visit_regime text NOT NULL DEFAULT 'standard'
          CHECK (visit_regime IN ('standard','parent_before_assessment','temporary_connected_person','care_order_with_parent'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE placements.placements
        DROP COLUMN provider_code,
        DROP COLUMN reason_for_change,
        DROP COLUMN distance_from_home_km,
        DROP COLUMN intended_until_eighteen,
        DROP COLUMN visit_regime`);
  }
}
