import { conflict } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { ChallengeStageRow } from '../challenges/challenge.entity';
import { DEFAULT_CHALLENGE_STAGES } from '../challenges/ladder';
import { LocalAuthoritySettingsRow } from './local-authority-settings.entity';
import { type FullSettings, type SettingsInput, settingsChanges, validateSettings } from './settings-input';
import { recomputeAuthorityReviewSchedule } from '../reviews/stored-schedule';
import { withDefaults } from './settings';

/** The settings as they apply now: the authority's own where it has chosen, the defaults elsewhere. */
export async function loadFullSettings(em: EntityManager, localAuthorityId: string): Promise<FullSettings> {
  const [row, stages] = await Promise.all([
    em.getRepository(LocalAuthoritySettingsRow).findOneBy({ localAuthorityId }),
    em.getRepository(ChallengeStageRow).find({ where: { localAuthorityId }, order: { ordinal: 'ASC' } }),
  ]);
  return {
    ...withDefaults(row),
    challengeStages: (stages.length > 0 ? stages : DEFAULT_CHALLENGE_STAGES).map((s) => ({
      ordinal: s.ordinal,
      name: s.name,
      workingDays: s.workingDays,
    })),
  };
}

export async function currentSettingsVersion(
  em: Pick<EntityManager, 'query'>,
  localAuthorityId: string,
): Promise<number> {
  const [row] = await em.query<Array<{ version: number }>>(
    `SELECT coalesce(max(version), 0)::int AS version FROM care_planning.local_authority_settings_history
      WHERE local_authority_id = $1`,
    [localAuthorityId],
  );
  return row?.version ?? 0;
}

/**
 * The manager's change, as one new version: the settings rows rewritten and the change appended to the history
 * with who made it and what changed. A save from a page opened before someone else's change is refused, naming
 * that change, so nobody overwrites a choice they did not see. A save that changes nothing adds no version.
 */
export async function saveSettings(
  em: EntityManager,
  localAuthorityId: string,
  input: SettingsInput & { expectedVersion: number },
  changedBy: string,
): Promise<void> {
  // One writer per authority at a time: the version check and the new version cannot interleave.
  await em.query('SELECT 1 FROM care_planning.local_authorities WHERE id = $1 FOR UPDATE', [localAuthorityId]);
  const version = await currentSettingsVersion(em, localAuthorityId);
  if (input.expectedVersion !== version) {
    const since = await em.query<Array<{ changes: string[] }>>(
      `SELECT changes FROM care_planning.local_authority_settings_history
        WHERE local_authority_id = $1 AND version > $2 ORDER BY version`,
      [localAuthorityId, input.expectedVersion],
    );
    throw conflict(
      'The settings were changed after you opened this page. Check the changes below, then make yours again.',
      since.flatMap((r) => r.changes),
    );
  }
  const before = await loadFullSettings(em, localAuthorityId);
  const valid = validateSettings(input, before);
  const changes = settingsChanges(before, valid);
  if (changes.length === 0) return;
  await em.getRepository(LocalAuthoritySettingsRow).save({
    localAuthorityId,
    additionalReviewRestartsCycle: valid.additionalReviewRestartsCycle,
    decisionsWithinWorkingDays: valid.decisionsWithinWorkingDays,
    fullRecordWithinWorkingDays: valid.fullRecordWithinWorkingDays,
    iroContactShown: valid.iroContactShown,
    reviewAfterPlacementChangeWorkingDays: valid.reviewAfterPlacementChangeWorkingDays,
  });
  // Decision 0005's setting changes every child's next review in the authority: stored again in this transaction.
  if (before.additionalReviewRestartsCycle !== valid.additionalReviewRestartsCycle) {
    await recomputeAuthorityReviewSchedule(em, localAuthorityId);
  }
  // Open challenges keep the stage name and timer they started with (challenges.stage_name, level_working_days).
  await em.getRepository(ChallengeStageRow).delete({ localAuthorityId });
  await em.getRepository(ChallengeStageRow).insert(valid.challengeStages.map((s) => ({ localAuthorityId, ...s })));
  await em.query(
    `INSERT INTO care_planning.local_authority_settings_history
       (local_authority_id, version, changed_by, settings, changes) VALUES ($1, $2, $3, $4, $5)`,
    [localAuthorityId, version + 1, changedBy, JSON.stringify(valid), changes],
  );
}
