import { ENGLAND_CALENDAR } from './england-bank-holidays';
import type { HolidayCalendar } from './holiday-calendar';
import { compareIsoDates, fromDayNumber, toDayNumber, type IsoDate } from './iso-date';

// Counting runs on UTC day numbers: a caseload or a local authority's figures count thousands of days per request,
// and parsing a date string per day made that the slowest part of a page.

/** Day 0 (1970-01-01) was a Thursday, so (n + 4) mod 7 is 0 on Sundays and 6 on Saturdays. */
function isWeekendDay(n: number): boolean {
  const dow = (((n + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}

function isWorkingDayNumber(n: number, calendar: HolidayCalendar): boolean {
  // Ask the calendar even for weekends, so a date outside its coverage always throws.
  const holiday = calendar.isBankHolidayDay(n);
  return !holiday && !isWeekendDay(n);
}

/** Not a Saturday, Sunday, Christmas Day, Good Friday or English bank holiday (incl. substitute days). */
export function isWorkingDay(d: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): boolean {
  return isWorkingDayNumber(toDayNumber(d), calendar);
}

/**
 * "Within n working days of d": day 1 is the first working day AFTER d, even when d itself is not a working
 * day, and the result is the nth working day (the latest compliant date). Negative n counts backwards the
 * same way (day -1 is the last working day before d); n = 0 returns d unchanged.
 */
export function addWorkingDays(d: IsoDate, n: number, calendar: HolidayCalendar = ENGLAND_CALENDAR): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = toDayNumber(d);
  while (remaining > 0) {
    day += step;
    if (isWorkingDayNumber(day, calendar)) remaining -= 1;
  }
  return n === 0 ? d : fromDayNumber(day);
}

/** d itself when it is a working day, otherwise the nearest earlier working day. */
export function lastWorkingDayOnOrBefore(d: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): IsoDate {
  let day = toDayNumber(d);
  while (!isWorkingDayNumber(day, calendar)) day -= 1;
  return fromDayNumber(day);
}

/** d itself when it is a working day, otherwise the nearest later working day. */
export function nextWorkingDayOnOrAfter(d: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): IsoDate {
  let day = toDayNumber(d);
  while (!isWorkingDayNumber(day, calendar)) day += 1;
  return fromDayNumber(day);
}

/**
 * Working days after a, up to and including b: the inverse of addWorkingDays, so
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Zero when a === b or when no working day lies in
 * (a, b]. When b is before a the result is negative: -(working days after b up to and including a).
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): number {
  const order = compareIsoDates(a, b);
  if (order > 0) return -workingDaysBetween(b, a, calendar);
  const last = toDayNumber(b);
  let count = 0;
  for (let day = toDayNumber(a) + 1; day <= last; day += 1) {
    if (isWorkingDayNumber(day, calendar)) count += 1;
  }
  return count;
}
