import type { IsoDate } from './iso-date';

/** Why a deadline is what it is, so the portal can show it and an auditor can recompute it. */
export interface DeadlineBasis {
  /** The regulation, guidance or local setting that sets the period. */
  readonly rule: string;
  /** The date the period is counted from. */
  readonly from: IsoDate;
  /** The counting convention applied (docs/domain.md#working-days, docs/domain.md#months). */
  readonly convention: string;
  /** Version of the holiday table the working days were counted with. */
  readonly calendarVersion: string;
}

export interface Deadline {
  readonly dueBy: IsoDate;
  readonly basis: DeadlineBasis;
}

export const WORKING_DAY_CONVENTION =
  'Working days exclude Saturdays, Sundays, Christmas Day, Good Friday and English bank holidays ' +
  '(24 and 31 December are working days); day 1 is the first working day after the date counted from, ' +
  'and the deadline is the last working day of the period';

export const CALENDAR_MONTH_CONVENTION =
  'Calendar months by the corresponding-date rule, clamped to the end of a shorter month; ' +
  'not moved to a working day (latestWorkingDay is the last working day on or before it)';
