import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CarePlanningCore1795000001000 implements MigrationInterface {
  name = 'CarePlanningCore1795000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.local_authorities (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE care_planning.children (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        local_authority_id uuid NOT NULL REFERENCES care_planning.local_authorities (id),
        person_id uuid UNIQUE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX children_la_name ON care_planning.children (local_authority_id, family_name, given_name)`,
    );
    await q.query(`
      CREATE TABLE care_planning.periods_of_care (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        start_date date NOT NULL,
        end_date date,
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX periods_child ON care_planning.periods_of_care (child_id, start_date)`);
    await q.query(
      `CREATE UNIQUE INDEX periods_one_open ON care_planning.periods_of_care (child_id) WHERE end_date IS NULL`,
    );
    await q.query(`
      CREATE TABLE care_planning.legal_statuses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        code text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX legal_statuses_child ON care_planning.legal_statuses (child_id, start_date)`);
    await q.query(`
      CREATE TABLE care_planning.allocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        role text NOT NULL CHECK (role IN ('iro', 'social_worker')),
        person_id uuid NOT NULL,
        start_date date NOT NULL,
        end_date date
      )`);
    await q.query(`CREATE INDEX allocations_child ON care_planning.allocations (child_id) WHERE end_date IS NULL`);
    await q.query(
      `CREATE INDEX allocations_person ON care_planning.allocations (person_id, role) WHERE end_date IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX allocations_one_current ON care_planning.allocations (child_id, role) WHERE end_date IS NULL`,
    );
    await q.query(`
      CREATE TABLE care_planning.parents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        person_id uuid NOT NULL,
        has_parental_responsibility boolean NOT NULL,
        UNIQUE (child_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE care_planning.reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        held_on date NOT NULL,
        recorded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reviews_child ON care_planning.reviews (child_id, held_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'reviews',
      'parents',
      'allocations',
      'legal_statuses',
      'periods_of_care',
      'children',
      'local_authorities',
    ]) {
      await q.query(`DROP TABLE care_planning.${t}`);
    }
  }
}
