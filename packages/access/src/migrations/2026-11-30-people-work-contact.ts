import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's work email and phone, so a family can be told how to reach the child's IRO
 * (docs/domain.md#who-sees-what).
 */
export class PeopleWorkContact1795996800100 implements MigrationInterface {
  name = 'PeopleWorkContact1795996800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access.people ADD COLUMN work_email text, ADD COLUMN work_phone text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access.people DROP COLUMN work_phone, DROP COLUMN work_email`);
  }
}
