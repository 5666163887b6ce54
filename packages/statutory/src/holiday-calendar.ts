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

export type HolidayTable = Readonly<Record<number, readonly (readonly [date: string, name: string])[]>>;

/**
 * A year missing from the table must never be read as "no holidays": that would silently make deadlines too
 * early or too late. Callers get this error instead and someone extends the table.
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
        `no data for ${year}. Extend the holiday table before computing dates in that year.`,
    );
    this.name = 'CalendarCoverageError';
  }
}

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

  const byYear = new Map<number, readonly BankHoliday[]>();
  const dayNumbers = new Set<number>();
  for (const year of years) {
    const list = table[year].map(([date, name]) => ({ date: parseIsoDate(date), name }));
    for (const h of list) {
      if (dateParts(h.date).year !== year) throw new Error(`${h.date} (${h.name}) is listed under ${year}`);
      const n = toDayNumber(h.date);
      if (dayNumbers.has(n)) throw new Error(`${h.date} is listed twice in ${version}`);
      dayNumbers.add(n);
    }
    // Published lists omit a weekend Christmas Day (its substitute is listed instead); a weekday one must be there.
    const christmas = parseIsoDate(`${year}-12-25`);
    if (!isWeekend(christmas) && !list.some((h) => h.date === christmas)) {
      throw new Error(`Holiday calendar ${version} is missing Christmas Day ${year}`);
    }
    byYear.set(year, Object.freeze([...list].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date))));
  }

  const covered = (year: number): readonly BankHoliday[] => {
    const list = byYear.get(year);
    if (!list) throw new CalendarCoverageError(year, version, firstYear, lastYear);
    return list;
  };

  const firstDay = toDayNumber(fromParts(firstYear, 1, 1));
  const lastDay = toDayNumber(fromParts(lastYear, 12, 31));
  const isBankHolidayDay = (n: number): boolean => {
    if (n < firstDay || n > lastDay) covered(dateParts(fromDayNumber(n)).year);
    return dayNumbers.has(n);
  };

  return Object.freeze({
    version,
    firstYear,
    lastYear,
    bankHolidays: covered,
    isBankHoliday: (d: IsoDate): boolean => isBankHolidayDay(toDayNumber(d)),
    isBankHolidayDay,
  });
}
