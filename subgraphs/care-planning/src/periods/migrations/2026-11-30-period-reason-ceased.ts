import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a period of care ended, as the SSDA903 reason-episode-ceased code (docs/domain.md#ssda903-codes). */
export class PeriodReasonCeased1795996805200 implements MigrationInterface {
  name = 'PeriodReasonCeased1795996805200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_planning.periods_of_care ADD COLUMN reason_ceased text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_planning.periods_of_care DROP COLUMN reason_ceased`);
  }
}
