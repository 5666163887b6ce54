import Holidays from 'date-holidays';
import { defineLazyHolidayCalendar, type BankHoliday, type HolidayList } from './holiday-calendar';
import { isWeekend, parseIsoDate } from './iso-date';

/**
 * 1991 is the earliest episode date SSDA903 returns hold, so every period of care a record can carry is covered;
 * 2050 leaves room for review dates far ahead. Years after the last GOV.UK publication follow the standing rules
 * (Easter, first/last Mondays, substitute days): a one-off holiday proclaimed later needs a CORRECTIONS entry.
 */
export const FIRST_YEAR = 1991;
export const LAST_YEAR = 2050;

/**
 * Bump whenever the source or the corrections change, so a stored deadline shows which holiday list produced it.
 * The library version is part of it: england-bank-holidays.test.ts fails when the installed one differs.
 */
export const CALENDAR_VERSION = `england-bank-holidays/${FIRST_YEAR}-${LAST_YEAR}/date-holidays@3.37.0+corrections/v2`;

interface Correction {
  readonly year: number;
  /** Dates the library lists that were not bank holidays that year (a moved holiday's usual day). */
  readonly remove: readonly string[];
  readonly add: HolidayList;
  readonly why: string;
}

/**
 * Where date-holidays 3.37.0 differs from the dates GOV.UK and the royal proclamations published. Applied so that
 * a later library release that fixes one of these changes nothing (remove what is there, add what is missing);
 * a test fails when the library no longer needs an entry, so the list does not rot.
 */
export const CORRECTIONS: readonly Correction[] = [
  {
    year: 1995,
    remove: ['1995-05-01'],
    add: [['1995-05-08', 'Early May bank holiday (VE Day)']],
    why: 'Early May bank holiday moved to 8 May for the 50th anniversary of VE Day',
  },
  {
    year: 1999,
    remove: [],
    add: [['1999-12-31', 'Millennium bank holiday']],
    why: 'One-off holiday for the millennium',
  },
  {
    year: 2002,
    remove: ['2002-05-27'],
    add: [
      ['2002-06-03', 'Golden Jubilee bank holiday'],
      ['2002-06-04', 'Spring bank holiday'],
    ],
    why: 'Spring bank holiday moved to 4 June and 3 June added for the Golden Jubilee',
  },
  {
    year: 2011,
    remove: [],
    add: [['2011-04-29', 'Royal wedding']],
    why: 'One-off holiday for the wedding of Prince William and Catherine Middleton',
  },
  {
    year: 2012,
    remove: ['2012-05-28'],
    add: [['2012-06-04', 'Spring bank holiday']],
    why: 'Spring bank holiday moved to 4 June beside the Diamond Jubilee holiday on 5 June',
  },
];

let library: Holidays | undefined;

/** What date-holidays lists for England that year: public and bank holidays only, weekdays only, as ISO dates. */
export function libraryHolidays(year: number): HolidayList {
  // Built on first use: its rule data is bundled with the package, so no I/O happens here.
  library ??= new Holidays('GB', 'ENG');
  return library
    .getHolidays(year, 'en')
    .filter((h) => h.type === 'public' || h.type === 'bank')
    .map((h) => [h.date.slice(0, 10), h.name] as const)
    .filter(([date]) => !isWeekend(parseIsoDate(date)));
}

function englandYear(year: number): HolidayList {
  let list = libraryHolidays(year);
  for (const c of CORRECTIONS) {
    if (c.year !== year) continue;
    list = list.filter(([date]) => !c.remove.includes(date));
    for (const entry of c.add) if (!list.some(([date]) => date === entry[0])) list = [...list, entry];
  }
  return list;
}

/**
 * Good Friday and Christmas Day are common-law holidays rather than Banking Act bank holidays, but the
 * working-day definition excludes both, so they are in the same list. 24 and 31 December are working days in
 * England (unlike the Welsh reg 14 definition); 31 December 1999 is the one exception, a proclaimed holiday.
 */
export const ENGLAND_CALENDAR = defineLazyHolidayCalendar(CALENDAR_VERSION, FIRST_YEAR, LAST_YEAR, englandYear);

/** English bank holidays (plus Good Friday and a weekday Christmas Day) in a covered year, in date order. */
export function bankHolidays(year: number): readonly BankHoliday[] {
  return ENGLAND_CALENDAR.bankHolidays(year);
}
