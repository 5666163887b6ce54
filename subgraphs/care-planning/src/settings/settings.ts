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
const SETTINGS_PROPERTIES = Object.keys(SETTINGS_COLUMNS) as Array<keyof LocalAuthoritySettingsRow>;

/**
 * The settings of each child's local authority, to join to a statement that reads children (`c`): every page that
 * reads a child reads its authority's settings too (the next review, the record deadlines), and carried on the
 * children's rows they cost no statement of their own. One JSON array column (`laSettings`, null values where the
 * authority has no row), so that taking it off a row is one destructuring; `primeSettings` hands it to
 * `settingsByLocalAuthority`.
 */
export const JOINED_SETTINGS = {
  column: `json_build_array(${SETTINGS_PROPERTIES.map((p) => `las.${SETTINGS_COLUMNS[p]}`).join(', ')}) AS "laSettings"`,
  join: 'LEFT JOIN care_planning.local_authority_settings las ON las.local_authority_id = c.local_authority_id',
};

/** The authorities whose settings this request's loader was primed with: each is primed from its first row only. */
const primed = new WeakMap<SubgraphContext, Set<string>>();

/**
 * Takes the JOINED_SETTINGS column off a child's row and primes the request's settings loader with it (the defaults
 * where the authority has chosen nothing, as the loader itself would answer). Returns the rest of the row.
 */
export function primeSettings<R extends { localAuthorityId: string }>(
  ctx: SubgraphContext,
  row: R & { laSettings: unknown[] },
): R {
  const { laSettings, ...rest } = row;
  let done = primed.get(ctx);
  if (!done) primed.set(ctx, (done = new Set()));
  if (!done.has(row.localAuthorityId)) {
    done.add(row.localAuthorityId);
    const found = laSettings[0] !== null;
    settingsByLocalAuthority(ctx).prime(
      row.localAuthorityId,
      withDefaults(
        found
          ? (Object.fromEntries(
              SETTINGS_PROPERTIES.map((p, i) => [p, laSettings[i]]),
            ) as unknown as LocalAuthoritySettingsRow)
          : null,
      ),
    );
  }
  return rest as unknown as R;
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
