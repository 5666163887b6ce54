import {
  CalendarCoverageError,
  type Deadline,
  ENGLAND_CALENDAR,
  type IsoDate,
  overdueIfHeldBefore,
  parseIsoDate,
  recordDeadlines,
} from '@lac/statutory';
import type { LocalAuthoritySettings } from '../settings/settings';
import { TimescaleStatus } from './review-enums';

export interface TimescaleState {
  dueBy: IsoDate;
  basis: string;
  completedOn: string | null;
  status: TimescaleStatus;
}

/** Done on or before the due date is on time; not done is due until the day after the due date. */
export function timescaleStatus(dueBy: string, completedOn: string | null, today: string): TimescaleStatus {
  if (completedOn) return completedOn <= dueBy ? TimescaleStatus.DONE_ON_TIME : TimescaleStatus.DONE_LATE;
  return today > dueBy ? TimescaleStatus.OVERDUE : TimescaleStatus.DUE;
}

export function describeBasis(d: Deadline): string {
  const { rule, from, convention, calendarVersion } = d.basis;
  return `${rule}. Counted from ${from}. ${convention}. Calendar ${calendarVersion}.`;
}

/** Both record timescales of a held review (decisions circulated; the full record), as of today. */
export function reviewTimescales(
  review: { heldOn: string; decisionsIssuedOn: string | null; recordCompletedOn: string | null },
  settings: LocalAuthoritySettings,
  today: string,
): { decisions: TimescaleState; fullRecord: TimescaleState } {
  const deadlines = recordDeadlines(parseIsoDate(review.heldOn), settings);
  const state = (d: Deadline, completedOn: string | null): TimescaleState => ({
    dueBy: d.dueBy,
    basis: describeBasis(d),
    completedOn,
    status: timescaleStatus(d.dueBy, completedOn, today),
  });
  return {
    decisions: state(deadlines.decisions, review.decisionsIssuedOn),
    fullRecord: state(deadlines.fullRecord, review.recordCompletedOn),
  };
}

/** Whether a held review has a record timescale missed and still not met (for caseload and manager counts). */
export function hasOverdueRecord(
  review: { heldOn: string | null; decisionsIssuedOn: string | null; recordCompletedOn: string | null },
  settings: LocalAuthoritySettings,
  today: string,
): boolean {
  if (!review.heldOn) return false;
  const t = reviewTimescales({ ...review, heldOn: review.heldOn }, settings, today);
  return t.decisions.status === TimescaleStatus.OVERDUE || t.fullRecord.status === TimescaleStatus.OVERDUE;
}

// The meeting date before which a missing record is overdue, per day and number of working days: the same for
// every review on a caseload, so worked out once rather than a deadline per review (a measured hot spot).
const overdueBefore = new Map<string, IsoDate>();
function overdueIfHeldBeforeToday(today: string, workingDays: number): IsoDate {
  const key = `${today}:${workingDays}`;
  const known = overdueBefore.get(key);
  if (known !== undefined) return known;
  if (overdueBefore.size > 32) overdueBefore.clear();
  const date = overdueIfHeldBefore(parseIsoDate(today), workingDays);
  overdueBefore.set(key, date);
  return date;
}

/**
 * How many held reviews have a record timescale missed and still not met: hasOverdueRecord for each, as two date
 * comparisons. A meeting before the calendar's coverage throws, as working out its deadline would.
 */
export function overdueRecordCount(
  reviews: ReadonlyArray<{ heldOn: string | null; decisionsIssuedOn: string | null; recordCompletedOn: string | null }>,
  settings: Pick<LocalAuthoritySettings, 'decisionsWithinWorkingDays' | 'fullRecordWithinWorkingDays'>,
  today: string,
): number {
  const decisionsBefore = overdueIfHeldBeforeToday(today, settings.decisionsWithinWorkingDays);
  const fullRecordBefore = overdueIfHeldBeforeToday(today, settings.fullRecordWithinWorkingDays);
  const coveredFrom = `${ENGLAND_CALENDAR.firstYear}-01-01`;
  let count = 0;
  for (const r of reviews) {
    if (!r.heldOn) continue;
    if (r.heldOn < coveredFrom) {
      const { version, firstYear, lastYear } = ENGLAND_CALENDAR;
      throw new CalendarCoverageError(Number(r.heldOn.slice(0, 4)), version, firstYear, lastYear);
    }
    const late =
      (r.decisionsIssuedOn === null && r.heldOn < decisionsBefore) ||
      (r.recordCompletedOn === null && r.heldOn < fullRecordBefore);
    if (late) count += 1;
  }
  return count;
}
