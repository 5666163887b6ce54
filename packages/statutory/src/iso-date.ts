/**
 * Calendar dates as 'YYYY-MM-DD' strings. Statutory periods are counted in whole days, so we never touch
 * clock time: every conversion goes through a UTC day number and no local time zone can shift a day.
 */

declare const isoDateBrand: unique symbol;

/** A validated calendar date 'YYYY-MM-DD'. Branded so unvalidated strings cannot reach the rules. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

export type DayOfWeek = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export class InvalidIsoDateError extends Error {
  constructor(readonly input: unknown) {
    super(`Not a valid calendar date in YYYY-MM-DD form: ${JSON.stringify(input)}`);
    this.name = 'InvalidIsoDateError';
  }
}

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date.UTC's weekday 0 is Sunday.
const WEEKDAYS: readonly DayOfWeek[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

function partsOf(input: unknown): DateParts | undefined {
  if (typeof input !== 'string') return undefined;
  const m = ISO_PATTERN.exec(input);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(input: unknown): input is IsoDate {
  return partsOf(input) !== undefined;
}

/** Validates and brands a date; rejects impossible dates such as '2026-02-30'. */
export function parseIsoDate(input: unknown): IsoDate {
  if (!isIsoDate(input)) throw new InvalidIsoDateError(input);
  return input;
}

export function dateParts(d: IsoDate): DateParts {
  const parts = partsOf(d);
  // Guards against values cast to IsoDate without validation.
  if (!parts) throw new InvalidIsoDateError(d);
  return parts;
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return parseIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** Days since 1970-01-01; the unit all day arithmetic is done in. */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = dateParts(d);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Day number must be an integer: ${n}`);
  return parseIsoDate(new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/**
 * Corresponding-date rule (Interpretation Act 1978 "month" = calendar month): the same day-number N months
 * later, clamped to the last day of the target month when that day does not exist (31 Jan + 1 = 28/29 Feb).
 */
export function addMonths(d: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = dateParts(d);
  const zeroBased = month - 1 + months;
  const y = year + Math.floor(zeroBased / 12);
  const m = (((zeroBased % 12) + 12) % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Negative when a is earlier, zero when equal, positive when later; usable with Array.prototype.sort. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return isAfter(a, b) ? b : a;
}

export function dayOfWeek(d: IsoDate): DayOfWeek {
  // Day 0 (1970-01-01) was a Thursday.
  return WEEKDAYS[(((toDayNumber(d) + 4) % 7) + 7) % 7];
}

export function isWeekend(d: IsoDate): boolean {
  const dow = dayOfWeek(d);
  return dow === 'Saturday' || dow === 'Sunday';
}
