import { dateParts, fromDayNumber, fromParts, isWeekend, parseIsoDate, toDayNumber, type IsoDate } from './iso-date';

export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/** Holidays for a contiguous run of years, tagged with a version so every computed deadline can cite it. */
export interface HolidayCalendar {
  readonly version: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Throws CalendarCoverageError outside firstYear..lastYear. */
  bankHolidays(year: number): readonly BankHoliday[];
  /** Throws CalendarCoverageError outside firstYear..lastYear. */
  isBankHoliday(d: IsoDate): boolean;
  /** The same for a UTC day number (see toDayNumber), so day-by-day counting needs no date parsing. */
  isBankHolidayDay(dayNumber: number): boolean;
}

export type HolidayList = readonly (readonly [date: string, name: string])[];
export type HolidayTable = Readonly<Record<number, HolidayList>>;
/** The holidays of one year; called at most once per year per calendar (the result is cached). */
export type HolidaySource = (year: number) => HolidayList;

/**
 * A year missing from the calendar must never be read as "no holidays": that would silently make deadlines too
 * early or too late. Callers get this error instead and someone extends the calendar.
 */
export class CalendarCoverageError extends Error {
  constructor(
    readonly year: number,
    readonly calendarVersion: string,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(
      `Bank holiday calendar ${calendarVersion} covers ${firstYear}-${lastYear} only; ` +
        `no data for ${year}. Extend the holiday calendar before computing dates in that year.`,
    );
    this.name = 'CalendarCoverageError';
  }
}

/** A fixed table, checked in full when defined (tests and other jurisdictions' calendars use this). */
export function defineHolidayCalendar(version: string, table: HolidayTable): HolidayCalendar {
  const years = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) throw new Error(`Holiday calendar ${version} has no years`);
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  if (years.length !== lastYear - firstYear + 1) {
    throw new Error(`Holiday calendar ${version} must cover contiguous years (${years.join(', ')})`);
  }
  const calendar = defineLazyHolidayCalendar(version, firstYear, lastYear, (year) => table[year]);
  for (const year of years) calendar.bankHolidays(year);
  return calendar;
}

/**
 * A calendar whose years are computed on first use and cached: a caseload touches a handful of years, and
 * working-day counting asks about every day, so the hot path is two array reads and one Set lookup.
 */
export function defineLazyHolidayCalendar(
  version: string,
  firstYear: number,
  lastYear: number,
  source: HolidaySource,
): HolidayCalendar {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || lastYear < firstYear) {
    throw new Error(`Holiday calendar ${version} has no years`);
  }
  const yearCount = lastYear - firstYear + 1;
  // yearStart[i] is the day number of 1 January of firstYear + i; yearStart[yearCount] is one past the end.
  const yearStart = new Float64Array(yearCount + 1);
  for (let i = 0; i <= yearCount; i++) yearStart[i] = toDayNumber(fromParts(firstYear + i, 1, 1));
  const firstDay = yearStart[0];
  const endDay = yearStart[yearCount];
  const loaded: (readonly BankHoliday[] | undefined)[] = new Array<readonly BankHoliday[] | undefined>(yearCount);
  const dayNumbers = new Set<number>();

  const load = (index: number): readonly BankHoliday[] => {
    const cached = loaded[index];
    if (cached) return cached;
    const year = firstYear + index;
    const list = source(year).map(([date, name]) => ({ date: parseIsoDate(date), name }));
    const seen = new Set<number>();
    for (const h of list) {
      if (dateParts(h.date).year !== year) throw new Error(`${h.date} (${h.name}) is listed under ${year}`);
      const n = toDayNumber(h.date);
      if (seen.has(n)) throw new Error(`${h.date} is listed twice in ${version}`);
      seen.add(n);
    }
    // Published lists omit a weekend Christmas Day (its substitute is listed instead); a weekday one must be there.
    const christmas = parseIsoDate(`${year}-12-25`);
    if (!isWeekend(christmas) && !list.some((h) => h.date === christmas)) {
      throw new Error(`Holiday calendar ${version} is missing Christmas Day ${year}`);
    }
    for (const n of seen) dayNumbers.add(n);
    const sorted = Object.freeze([...list].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date)));
    loaded[index] = sorted;
    return sorted;
  };

  const bankHolidays = (year: number): readonly BankHoliday[] => {
    if (!Number.isInteger(year) || year < firstYear || year > lastYear) {
      throw new CalendarCoverageError(year, version, firstYear, lastYear);
    }
    return load(year - firstYear);
  };

  const isBankHolidayDay = (n: number): boolean => {
    if (n < firstDay || n >= endDay) {
      throw new CalendarCoverageError(dateParts(fromDayNumber(n)).year, version, firstYear, lastYear);
    }
    // Estimate the year from the day count, then correct by at most one either way.
    let index = Math.min(yearCount - 1, Math.floor((n - firstDay) / 365.2425));
    while (yearStart[index] > n) index -= 1;
    while (yearStart[index + 1] <= n) index += 1;
    if (loaded[index] === undefined) load(index);
    return dayNumbers.has(n);
  };

  return Object.freeze({
    version,
    firstYear,
    lastYear,
    bankHolidays,
    isBankHoliday: (d: IsoDate): boolean => isBankHolidayDay(toDayNumber(d)),
    isBankHolidayDay,
  });
}
