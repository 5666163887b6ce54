import { DEFAULT_RECORD_DEADLINE_SETTINGS } from '@lac/statutory';
import { type SubgraphContext, byKey } from '@lac/subgraph-kit';
import type { IroContactShown, LocalAuthoritySettingsRow } from './local-authority-settings.entity';

export interface LocalAuthoritySettings {
  additionalReviewRestartsCycle: boolean;
  decisionsWithinWorkingDays: number;
  fullRecordWithinWorkingDays: number;
  iroContactShown: IroContactShown;
  /** Working days from a placement change to the review it needs; 0 is off (docs/decisions/0022). */
  reviewAfterPlacementChangeWorkingDays: number;
}

export const REVIEW_AFTER_PLACEMENT_CHANGE_DEFAULT = 20;

/** What applies where a local authority has chosen nothing: decision 0005 and the IRO Handbook. */
export const DEFAULT_SETTINGS: LocalAuthoritySettings = {
  additionalReviewRestartsCycle: false,
  ...DEFAULT_RECORD_DEADLINE_SETTINGS,
  // A family is told who the IRO is; their contact details only once the authority chooses which
  // (docs/domain.md#who-sees-what).
  iroContactShown: 'none',
  // Reg 32(2) gives no interval: 20 working days, like the first review (docs/decisions/0022).
  reviewAfterPlacementChangeWorkingDays: REVIEW_AFTER_PLACEMENT_CHANGE_DEFAULT,
};

export function withDefaults(row: LocalAuthoritySettingsRow | null): LocalAuthoritySettings {
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    additionalReviewRestartsCycle: row.additionalReviewRestartsCycle,
    decisionsWithinWorkingDays: row.decisionsWithinWorkingDays,
    fullRecordWithinWorkingDays: row.fullRecordWithinWorkingDays,
    iroContactShown: row.iroContactShown,
    reviewAfterPlacementChangeWorkingDays: row.reviewAfterPlacementChangeWorkingDays,
  };
}

/**
 * Per request, batched: a caseload spanning one local authority reads its settings once. A plain row: every page
 * reads the settings, and building the statement through TypeORM's repository cost more CPU than the read itself.
 */
export function settingsByLocalAuthority(ctx: SubgraphContext) {
  return ctx.loaders.get<string, LocalAuthoritySettings>('LocalAuthoritySettings', async (ids) => {
    const rows: LocalAuthoritySettingsRow[] = await ctx.db.query(
      `SELECT local_authority_id AS "localAuthorityId",
              additional_review_restarts_cycle AS "additionalReviewRestartsCycle",
              decisions_within_working_days AS "decisionsWithinWorkingDays",
              full_record_within_working_days AS "fullRecordWithinWorkingDays",
              review_after_placement_change_working_days AS "reviewAfterPlacementChangeWorkingDays",
              iro_contact_shown AS "iroContactShown"
         FROM care_planning.local_authority_settings WHERE local_authority_id = ANY($1::uuid[])`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.localAuthorityId).map(withDefaults);
  });
}
