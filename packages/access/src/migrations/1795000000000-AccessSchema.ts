import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessSchema1795000000000 implements MigrationInterface {
  name = 'AccessSchema1795000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS access`);
    await q.query(`
      CREATE TABLE access.people (
        id uuid PRIMARY KEY,
        display_name text NOT NULL,
        role text NOT NULL,
        local_authority_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE access.relationships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        child_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('iro','social_worker','carer','parent','advocate','guardian','self')),
        valid_from date NOT NULL,
        valid_to date,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX relationships_person ON access.relationships (person_id, valid_from)`);
    await q.query(`CREATE INDEX relationships_source ON access.relationships (source) WHERE valid_to IS NULL`);
    await q.query(`
      CREATE TABLE access.children (
        child_id uuid PRIMARY KEY,
        local_authority_id uuid NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access.children`);
    await q.query(`DROP TABLE access.relationships`);
    await q.query(`DROP TABLE access.people`);
  }
}
