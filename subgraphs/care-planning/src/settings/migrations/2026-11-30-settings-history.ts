import { appendOnly, dropAppendOnly } from '@lac/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a local authority's settings, kept: who changed what and when, with the settings as they became
 * (version 1, 2, …). Append-only: a mistake is put right by another change, never by rewriting the history.
 */
export class SettingsHistory1795996805300 implements MigrationInterface {
  name = 'SettingsHistory1795996805300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.local_authority_settings_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        local_authority_id uuid NOT NULL REFERENCES care_planning.local_authorities (id),
        version integer NOT NULL CHECK (version >= 1),
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        settings jsonb NOT NULL,
        changes text[] NOT NULL,
        UNIQUE (local_authority_id, version)
      )`);
    await appendOnly(q, 'care_planning.local_authority_settings_history');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAppendOnly(q, 'care_planning.local_authority_settings_history');
    await q.query(`DROP TABLE care_planning.local_authority_settings_history`);
  }
}
