import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The child's sex, ethnicity and Unique Pupil Number as the SSDA903 return codes them (docs/domain.md#ssda903-codes).
 * Nullable: children recorded before the portal registered them have none yet.
 */
export class ChildStatutoryDetails1795996805100 implements MigrationInterface {
  name = 'ChildStatutoryDetails1795996805100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE care_planning.children
        ADD COLUMN sex text CHECK (sex IN ('1', '2')),
        ADD COLUMN ethnicity text,
        ADD COLUMN upn text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_planning.children DROP COLUMN upn, DROP COLUMN ethnicity, DROP COLUMN sex`);
  }
}
