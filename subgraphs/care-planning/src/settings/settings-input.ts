import { badInput } from '@lac/subgraph-kit';
import type { StageSetting } from '../challenges/ladder';
import type { IroContactShown } from './local-authority-settings.entity';
import { DEFAULT_SETTINGS, type LocalAuthoritySettings } from './settings';

/** Everything the settings page sets: the review and record choices, and the formal challenge stages. */
export interface FullSettings extends LocalAuthoritySettings {
  challengeStages: StageSetting[];
}

export interface SettingsInput {
  additionalReviewRestartsCycle: boolean;
  decisionsWithinWorkingDays: number;
  fullRecordWithinWorkingDays: number;
  iroContactShown: IroContactShown;
  /** Left out, the current setting stays (callers written before the setting existed). */
  reviewAfterPlacementChangeWorkingDays?: number | null;
  challengeStages: Array<{ name: string; workingDays: number }>;
}

// The IRO Handbook's record timescales are the longest allowed (decisions within 5 working days, the full record
// within 20; docs/domain.md#review-timescales): an authority may ask for sooner, never for later.
const MAX_DECISIONS = 5;
const MAX_FULL_RECORD = 20;
const MAX_STAGES = 6;
const MAX_STAGE_DAYS = 60;
// A review after a placement change: 0 (off) to 60 working days, the column's CHECK.
const MAX_AFTER_PLACEMENT_CHANGE = 60;

function whole(field: string, value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, 'INVALID', `${what} must be a whole number of working days from ${min} to ${max}`);
  }
  return value;
}

/** Checks the settings in the order of the page; a stage is named by its number so the error points at its row. */
export function validateSettings(
  input: SettingsInput,
  current: Pick<LocalAuthoritySettings, 'reviewAfterPlacementChangeWorkingDays'> = DEFAULT_SETTINGS,
): FullSettings {
  const decisionsWithinWorkingDays = whole(
    'decisionsWithinWorkingDays',
    input.decisionsWithinWorkingDays,
    1,
    MAX_DECISIONS,
    'The time for the review decisions',
  );
  const fullRecordWithinWorkingDays = whole(
    'fullRecordWithinWorkingDays',
    input.fullRecordWithinWorkingDays,
    1,
    MAX_FULL_RECORD,
    'The time for the full record',
  );
  if (fullRecordWithinWorkingDays < decisionsWithinWorkingDays) {
    throw badInput(
      'fullRecordWithinWorkingDays',
      'INVALID',
      `The full record cannot be due before the decisions (${decisionsWithinWorkingDays} working days)`,
    );
  }
  if (input.challengeStages.length === 0) {
    throw badInput('challengeStages', 'REQUIRED', 'Enter at least one formal stage of the challenge process');
  }
  if (input.challengeStages.length > MAX_STAGES) {
    throw badInput('challengeStages', 'TOO_LONG', `Enter no more than ${MAX_STAGES} formal stages`);
  }
  const challengeStages = input.challengeStages.map((s, i) => {
    const name = s.name.trim();
    if (!name) throw badInput(`challengeStages.${i}.name`, 'REQUIRED', `Enter the name of stage ${i + 1}`);
    if (name.length > 100) {
      throw badInput(
        `challengeStages.${i}.name`,
        'TOO_LONG',
        `The name of stage ${i + 1} must be 100 characters or fewer`,
      );
    }
    const workingDays = whole(
      `challengeStages.${i}.workingDays`,
      s.workingDays,
      1,
      MAX_STAGE_DAYS,
      `The time for a response at stage ${i + 1}`,
    );
    return { ordinal: i + 1, name, workingDays };
  });
  const reviewAfterPlacementChangeWorkingDays =
    input.reviewAfterPlacementChangeWorkingDays === undefined || input.reviewAfterPlacementChangeWorkingDays === null
      ? current.reviewAfterPlacementChangeWorkingDays
      : whole(
          'reviewAfterPlacementChangeWorkingDays',
          input.reviewAfterPlacementChangeWorkingDays,
          0,
          MAX_AFTER_PLACEMENT_CHANGE,
          'The time for a review after a placement change',
        );
  return {
    additionalReviewRestartsCycle: input.additionalReviewRestartsCycle,
    decisionsWithinWorkingDays,
    fullRecordWithinWorkingDays,
    iroContactShown: input.iroContactShown,
    reviewAfterPlacementChangeWorkingDays,
    challengeStages,
  };
}

const CONTACT_WORDS: Record<IroContactShown, string> = {
  none: 'name only',
  email: 'work email',
  phone: 'work phone',
  both: 'work email and phone',
};
const stages = (s: readonly StageSetting[]) => s.map((x) => `${x.ordinal}. ${x.name} (${x.workingDays})`).join('; ');

/** What changed, in words for the history on the page ("Full record: 20 → 15 working days"). */
export function settingsChanges(before: FullSettings, after: FullSettings): string[] {
  const changes: string[] = [];
  if (before.additionalReviewRestartsCycle !== after.additionalReviewRestartsCycle) {
    changes.push(
      `An additional review ${after.additionalReviewRestartsCycle ? 'now restarts' : 'no longer restarts'} the review cycle`,
    );
  }
  if (before.decisionsWithinWorkingDays !== after.decisionsWithinWorkingDays) {
    changes.push(
      `Review decisions: ${before.decisionsWithinWorkingDays} → ${after.decisionsWithinWorkingDays} working days`,
    );
  }
  if (before.fullRecordWithinWorkingDays !== after.fullRecordWithinWorkingDays) {
    changes.push(
      `Full record: ${before.fullRecordWithinWorkingDays} → ${after.fullRecordWithinWorkingDays} working days`,
    );
  }
  if (before.iroContactShown !== after.iroContactShown) {
    changes.push(
      `IRO contact shown to families: ${CONTACT_WORDS[before.iroContactShown]} → ${CONTACT_WORDS[after.iroContactShown]}`,
    );
  }
  if (before.reviewAfterPlacementChangeWorkingDays !== after.reviewAfterPlacementChangeWorkingDays) {
    const words = (n: number) => (n === 0 ? 'off' : `${n} working days`);
    changes.push(
      `Review after a placement change: ${words(before.reviewAfterPlacementChangeWorkingDays)} → ${words(after.reviewAfterPlacementChangeWorkingDays)}`,
    );
  }
  if (stages(before.challengeStages) !== stages(after.challengeStages)) {
    changes.push(`Challenge stages: ${stages(before.challengeStages)} → ${stages(after.challengeStages)}`);
  }
  return changes;
}
