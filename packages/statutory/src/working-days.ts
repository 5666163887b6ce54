import { ENGLAND_CALENDAR } from './england-bank-holidays';
import type { HolidayCalendar } from './holiday-calendar';
import { addDays, compareIsoDates, isWeekend, type IsoDate } from './iso-date';

/** Not a Saturday, Sunday, Christmas Day, Good Friday or English bank holiday (incl. substitute days). */
export function isWorkingDay(d: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): boolean {
  // Ask the calendar even for weekends, so a date outside its coverage always throws.
  const holiday = calendar.isBankHoliday(d);
  return !holiday && !isWeekend(d);
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
  let current = d;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** d itself when it is a working day, otherwise the nearest earlier working day. */
export function lastWorkingDayOnOrBefore(d: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): IsoDate {
  let current = d;
  while (!isWorkingDay(current, calendar)) current = addDays(current, -1);
  return current;
}

/** d itself when it is a working day, otherwise the nearest later working day. */
export function nextWorkingDayOnOrAfter(d: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): IsoDate {
  let current = d;
  while (!isWorkingDay(current, calendar)) current = addDays(current, 1);
  return current;
}

/**
 * Working days after a, up to and including b: the inverse of addWorkingDays, so
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Zero when a === b or when no working day lies in
 * (a, b]. When b is before a the result is negative: -(working days after b up to and including a).
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): number {
  const order = compareIsoDates(a, b);
  if (order > 0) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let current = addDays(a, 1); compareIsoDates(current, b) <= 0; current = addDays(current, 1)) {
    if (isWorkingDay(current, calendar)) count += 1;
  }
  return count;
}
