import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FamilyNetwork1795996800000 implements MigrationInterface {
  name = 'FamilyNetwork1795996800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_contact.family_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL,
        person_id uuid,
        display_name text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('mother','father','parent','sibling','grandparent','other')),
        sibling_living text CHECK (sibling_living IN ('placed_together','placed_elsewhere','adopted','at_home')),
        sibling_child_id uuid,
        parental_responsibility boolean NOT NULL,
        parental_responsibility_since date,
        legacy_parent_id uuid UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parental_responsibility_since IS NULL OR parental_responsibility),
        CHECK (relation = 'sibling' OR (sibling_living IS NULL AND sibling_child_id IS NULL)),
        CHECK (sibling_child_id IS NULL OR sibling_child_id <> child_id)
      )`);
    await q.query(`CREATE INDEX family_members_child ON family_contact.family_members (child_id)`);
    await q.query(
      `CREATE UNIQUE INDEX family_members_person ON family_contact.family_members (child_id, person_id) WHERE person_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE family_contact.family_members`);
  }
}
