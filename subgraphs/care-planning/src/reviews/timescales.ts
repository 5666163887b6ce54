import { type Deadline, type IsoDate, parseIsoDate, recordDeadlines } from '@lac/statutory';
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
