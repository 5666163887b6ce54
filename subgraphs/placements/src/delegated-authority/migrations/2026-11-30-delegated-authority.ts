import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The matrix per placement: its current version, checked in SQL so a stale save cannot overwrite a newer one. */
export class DelegatedAuthority1796068800000 implements MigrationInterface {
  name = 'DelegatedAuthority1796068800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.delegated_authority (
        placement_id uuid PRIMARY KEY REFERENCES placements.placements (id),
        child_id uuid NOT NULL,
        version integer NOT NULL CHECK (version > 0)
      )`);
    await q.query(`CREATE INDEX delegated_authority_child ON placements.delegated_authority (child_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.delegated_authority`);
  }
}
