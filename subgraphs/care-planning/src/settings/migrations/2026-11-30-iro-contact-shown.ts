import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which of the IRO's work contacts the local authority shows families (docs/domain.md#who-sees-what); nothing until it
 * chooses.
 */
export class IroContactShown1795996800400 implements MigrationInterface {
  name = 'IroContactShown1795996800400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE care_planning.local_authority_settings
        ADD COLUMN iro_contact_shown text NOT NULL DEFAULT 'none'
          CHECK (iro_contact_shown IN ('email','phone','both','none'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_planning.local_authority_settings DROP COLUMN iro_contact_shown`);
  }
}
