// Client-safe: what the settings page and its server module share.

/** The most stage rows the page offers: the stages there are and one empty row to add another. */
export const MAX_STAGE_ROWS = 7;

/** A stage row as typed: kept as text, so a wrong number comes back as the person typed it. */
export interface StageRow {
  name: string;
  workingDays: string;
}

export interface SettingsValues {
  additionalReviewRestartsCycle: string;
  decisionsWithinWorkingDays: string;
  fullRecordWithinWorkingDays: string;
  reviewAfterPlacementChangeWorkingDays: string;
  iroContactShown: string;
  stages: StageRow[];
}
