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

const SETTINGS_COLUMNS: Record<keyof LocalAuthoritySettingsRow, string> = {
  localAuthorityId: 'local_authority_id',
  additionalReviewRestartsCycle: 'additional_review_restarts_cycle',
  decisionsWithinWorkingDays: 'decisions_within_working_days',
  fullRecordWithinWorkingDays: 'full_record_within_working_days',
  reviewAfterPlacementChangeWorkingDays: 'review_after_placement_change_working_days',
  iroContactShown: 'iro_contact_shown',
};
const PREFIX = 'settings.';

/**
 * The settings of each child's local authority, to join to a statement that reads children (`c`): every page that
 * reads a child reads its authority's settings too (the next review, the record deadlines), and carried on the
 * children's rows they cost no statement of their own. `primeSettings` hands them to `settingsByLocalAuthority`.
 */
export const JOINED_SETTINGS = {
  columns: Object.entries(SETTINGS_COLUMNS)
    .map(([property, column]) => `las.${column} AS "${PREFIX}${property}"`)
    .join(', '),
  join: 'LEFT JOIN care_planning.local_authority_settings las ON las.local_authority_id = c.local_authority_id',
};

/**
 * Takes the JOINED_SETTINGS columns off a child's row and primes the request's settings loader with them (the
 * defaults where the authority has chosen nothing, as the loader itself would answer). Returns the rest of the row.
 */
export function primeSettings<R extends { localAuthorityId: string }>(
  ctx: SubgraphContext,
  row: R & Record<string, unknown>,
): R {
  const rest: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith(PREFIX)) settings[key.slice(PREFIX.length)] = value;
    else rest[key] = value;
  }
  settingsByLocalAuthority(ctx).prime(
    row.localAuthorityId,
    withDefaults(settings.localAuthorityId ? (settings as unknown as LocalAuthoritySettingsRow) : null),
  );
  return rest as R;
}

/**
 * Per request, batched: a caseload spanning one local authority reads its settings once (and none when the
 * children's rows brought them, `JOINED_SETTINGS`). A plain row: every page reads the settings, and building the
 * statement through TypeORM's repository cost more CPU than the read itself.
 */
export function settingsByLocalAuthority(ctx: SubgraphContext) {
  return ctx.loaders.get<string, LocalAuthoritySettings>('LocalAuthoritySettings', async (ids) => {
    const rows: LocalAuthoritySettingsRow[] = await ctx.db.query(
      `SELECT ${Object.entries(SETTINGS_COLUMNS)
        .map(([property, column]) => `${column} AS "${property}"`)
        .join(', ')}
         FROM care_planning.local_authority_settings WHERE local_authority_id = ANY($1::uuid[])`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.localAuthorityId).map(withDefaults);
  });
}
