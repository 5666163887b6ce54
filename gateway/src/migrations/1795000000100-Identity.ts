import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795000000100 implements MigrationInterface {
  name = 'Identity1795000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity.accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        password_hash text NOT NULL,
        person_id uuid NOT NULL UNIQUE,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (username = lower(username))
      )`);
    await q.query(`CREATE UNIQUE INDEX accounts_username ON identity.accounts (username)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity.accounts`);
  }
}
