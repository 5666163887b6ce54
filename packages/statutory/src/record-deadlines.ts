import { WORKING_DAY_CONVENTION, type Deadline } from './basis';
import { ENGLAND_CALENDAR } from './england-bank-holidays';
import type { HolidayCalendar } from './holiday-calendar';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date';
import { addWorkingDays } from './working-days';

export interface RecordDeadlineSettings {
  readonly decisionsWithinWorkingDays: number;
  readonly fullRecordWithinWorkingDays: number;
}

/** IRO Handbook timescales; a local authority may set its own. */
export const DEFAULT_RECORD_DEADLINE_SETTINGS: RecordDeadlineSettings = {
  decisionsWithinWorkingDays: 5,
  fullRecordWithinWorkingDays: 20,
};

export interface RecordDeadlines {
  /** Review decisions written and circulated. */
  readonly decisions: Deadline;
  /** Full written record of the review. */
  readonly fullRecord: Deadline;
}

function deadline(
  meetingDate: IsoDate,
  days: number,
  defaultDays: number,
  what: string,
  calendar: HolidayCalendar,
): Deadline {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`${what}: working days must be a whole number >= 1`);
  const rule =
    days === defaultDays
      ? `IRO Handbook: ${what} within ${days} working days of the review`
      : `Local authority setting: ${what} within ${days} working days of the review (IRO Handbook: ${defaultDays})`;
  return {
    dueBy: addWorkingDays(meetingDate, days, calendar),
    basis: { rule, from: meetingDate, convention: WORKING_DAY_CONVENTION, calendarVersion: calendar.version },
  };
}

export function recordDeadlines(
  meetingDate: IsoDate,
  settings: Partial<RecordDeadlineSettings> = {},
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): RecordDeadlines {
  const s = { ...DEFAULT_RECORD_DEADLINE_SETTINGS, ...settings };
  const defaults = DEFAULT_RECORD_DEADLINE_SETTINGS;
  return {
    decisions: deadline(
      meetingDate,
      s.decisionsWithinWorkingDays,
      defaults.decisionsWithinWorkingDays,
      'review decisions written and circulated',
      calendar,
    ),
    fullRecord: deadline(
      meetingDate,
      s.fullRecordWithinWorkingDays,
      defaults.fullRecordWithinWorkingDays,
      'full written record of the review',
      calendar,
    ),
  };
}

/**
 * The earliest meeting date whose n-working-day deadline has not passed by `today`: a record still missing from a
 * meeting held before it is overdue. One date per request instead of a deadline per review, so a local authority's
 * overdue records are one comparison in SQL (`held_on < this`). addWorkingDays never moves earlier as the meeting
 * moves later, so the walk back stops at the first meeting whose deadline is already past.
 */
export function overdueIfHeldBefore(
  today: IsoDate,
  workingDays: number,
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError('working days must be a whole number >= 1');
  let day = toDayNumber(today);
  while (toDayNumber(addWorkingDays(fromDayNumber(day - 1), workingDays, calendar)) >= toDayNumber(today)) day -= 1;
  return fromDayNumber(day);
}
