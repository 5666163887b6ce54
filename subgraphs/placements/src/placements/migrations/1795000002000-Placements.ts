import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Placements1795000002000 implements MigrationInterface {
  name = 'Placements1795000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL,
        carer_person_id uuid,
        placement_type text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        address_line1 text NOT NULL,
        address_line2 text,
        town text NOT NULL,
        postcode text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX placements_one_current ON placements.placements (child_id) WHERE end_date IS NULL`,
    );
    await q.query(`CREATE INDEX placements_child ON placements.placements (child_id, start_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.placements`);
  }
}
