import type { FormError } from '../../forms.server';
import { text } from '../../forms.server';
import type { IroContactShown } from '../../graphql/generated/graphql';
import { MAX_STAGE_ROWS, type SettingsValues, type StageRow } from './stage-rows';

export type { SettingsValues } from './stage-rows';

const CONTACT: Record<IroContactShown, true> = { NONE: true, EMAIL: true, PHONE: true, BOTH: true };
const isContact = (v: string): v is IroContactShown => Object.hasOwn(CONTACT, v);

export function readSettings(form: FormData): SettingsValues {
  const stages: StageRow[] = [];
  for (let i = 0; i < MAX_STAGE_ROWS; i++) {
    stages.push({ name: text(form, `stage-${i}-name`, 200), workingDays: text(form, `stage-${i}-days`, 10) });
  }
  return {
    additionalReviewRestartsCycle: text(form, 'additionalReviewRestartsCycle', 5),
    decisionsWithinWorkingDays: text(form, 'decisionsWithinWorkingDays', 10),
    fullRecordWithinWorkingDays: text(form, 'fullRecordWithinWorkingDays', 10),
    reviewAfterPlacementChangeWorkingDays: text(form, 'reviewAfterPlacementChangeWorkingDays', 10),
    iroContactShown: text(form, 'iroContactShown', 10),
    stages,
  };
}

const wholeNumber = (v: string) => /^\d{1,3}$/.test(v);

/**
 * The page's own checks (answers missing, numbers that are not whole numbers), all at once; the graph checks the
 * rules (the IRO Handbook's limits, at least one stage). A row left entirely empty is no stage: that is how a stage
 * is removed, and the spare row stays empty unless a stage is added.
 */
export function settingsInput(values: SettingsValues, expectedVersion: number) {
  const errors: FormError[] = [];
  const err = (field: string, t: string) => errors.push({ field, href: `#${field}`, text: t });
  if (values.additionalReviewRestartsCycle !== 'yes' && values.additionalReviewRestartsCycle !== 'no') {
    err('additionalReviewRestartsCycle', 'Select whether an additional review restarts the review cycle');
  }
  for (const [field, what] of [
    ['decisionsWithinWorkingDays', 'the working days for the review decisions'],
    ['fullRecordWithinWorkingDays', 'the working days for the full record'],
    ['reviewAfterPlacementChangeWorkingDays', 'the working days for a review after a placement change'],
  ] as const) {
    if (!wholeNumber(values[field])) err(field, `Enter ${what} as a whole number, like 5`);
  }
  if (!isContact(values.iroContactShown)) err('iroContactShown', 'Select what families are told about the IRO');
  // Which form row each stage sent came from, so the graph's `challengeStages.<n>.name` lands on the right box.
  const rows = values.stages.map((s, i) => ({ ...s, row: i })).filter((s) => s.name !== '' || s.workingDays !== '');
  for (const s of rows) {
    if (s.name === '') err(`stage-${s.row}-name`, `Enter the name of stage ${s.row + 1}, or empty its row`);
    if (!wholeNumber(s.workingDays)) {
      err(`stage-${s.row}-days`, `Enter the working days for stage ${s.row + 1} as a whole number, like 10`);
    }
  }
  const fieldIds: Record<string, string> = { challengeStages: 'stage-0-name' };
  rows.forEach((s, k) => {
    fieldIds[`challengeStages.${k}.name`] = `stage-${s.row}-name`;
    fieldIds[`challengeStages.${k}.workingDays`] = `stage-${s.row}-days`;
  });
  const input = {
    expectedVersion,
    additionalReviewRestartsCycle: values.additionalReviewRestartsCycle === 'yes',
    decisionsWithinWorkingDays: Number(values.decisionsWithinWorkingDays),
    fullRecordWithinWorkingDays: Number(values.fullRecordWithinWorkingDays),
    reviewAfterPlacementChangeWorkingDays: Number(values.reviewAfterPlacementChangeWorkingDays),
    iroContactShown: isContact(values.iroContactShown) ? values.iroContactShown : ('NONE' as const),
    challengeStages: rows.map((s) => ({ name: s.name, workingDays: Number(s.workingDays) })),
  };
  return { errors, input, fieldIds };
}
