import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bankHolidays,
  CALENDAR_VERSION,
  CORRECTIONS,
  ENGLAND_CALENDAR,
  LAST_YEAR,
  libraryHolidays,
} from './england-bank-holidays';
import { CalendarCoverageError, defineHolidayCalendar, defineLazyHolidayCalendar } from './holiday-calendar';
import { addDays, dayOfWeek, parseIsoDate as d } from './iso-date';
import { PUBLISHED_ENGLAND_BANK_HOLIDAYS } from './published-bank-holidays.fixture';

const datesOf = (year: number) => bankHolidays(year).map((h) => h.date);

describe('English bank holidays (as docs/domain.md#bank-holidays lists them, exactly)', () => {
  it('2025', () => {
    expect(datesOf(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('2026, with Boxing Day substituted to Monday 28 December', () => {
    expect(datesOf(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(dayOfWeek(d('2026-12-26'))).toBe('Saturday');
  });

  it('2027, with both Christmas holidays substituted to Monday 27 and Tuesday 28 December', () => {
    expect(datesOf(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('2028 starts with the New Year substitute on Monday 3 January', () => {
    expect(datesOf(2028)[0]).toBe('2028-01-03');
    expect(dayOfWeek(d('2028-01-03'))).toBe('Monday');
  });

  it('includes the one-off holidays of 2020, 2022 and 2023', () => {
    expect(datesOf(2020)).toContain('2020-05-08');
    expect(datesOf(2020)).not.toContain('2020-05-04');
    expect(datesOf(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(datesOf(2022)).not.toContain('2022-05-30');
    expect(datesOf(2023)).toContain('2023-05-08');
  });

  it('never lists 24 December, nor 31 December except the millennium holiday of 1999', () => {
    for (let year = ENGLAND_CALENDAR.firstYear; year <= ENGLAND_CALENDAR.lastYear; year++) {
      expect(datesOf(year)).not.toContain(`${year}-12-24`);
      if (year !== 1999) expect(datesOf(year)).not.toContain(`${year}-12-31`);
    }
    expect(datesOf(1999)).toContain('1999-12-31');
  });

  it('lists only weekdays, and Good Friday is a Friday every year', () => {
    for (let year = ENGLAND_CALENDAR.firstYear; year <= ENGLAND_CALENDAR.lastYear; year++) {
      for (const h of bankHolidays(year)) {
        expect(['Saturday', 'Sunday']).not.toContain(dayOfWeek(h.date));
        if (h.name === 'Good Friday') expect(dayOfWeek(h.date)).toBe('Friday');
      }
      expect(bankHolidays(year).filter((h) => h.name === 'Good Friday')).toHaveLength(1);
    }
  });
});

describe('against the published list, year by year', () => {
  for (const [year, published] of Object.entries(PUBLISHED_ENGLAND_BANK_HOLIDAYS)) {
    it(year, () => {
      expect(datesOf(Number(year))).toEqual(published);
    });
  }

  it('includes every one-off holiday since 1991', () => {
    for (const oneOff of [
      '1995-05-08',
      '1999-12-31',
      '2002-06-03',
      '2002-06-04',
      '2011-04-29',
      '2012-06-04',
      '2012-06-05',
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
    ]) {
      expect(ENGLAND_CALENDAR.isBankHoliday(d(oneOff))).toBe(true);
    }
    // ...and the usual days those holidays moved away from are working days.
    for (const moved of ['1995-05-01', '2002-05-27', '2012-05-28', '2020-05-04', '2022-05-30']) {
      expect(ENGLAND_CALENDAR.isBankHoliday(d(moved))).toBe(false);
    }
  });
});

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus), independent of the library. */
function easterSunday(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const shift = (date: string, days: number) => addDays(d(date), days);
const monday = (date: string) => dayOfWeek(d(date)) === 'Monday';
function firstMonday(y: number, month: string): string {
  let day = `${y}-${month}-01`;
  while (!monday(day)) day = shift(day, 1);
  return day;
}
function lastMonday(y: number, month: string, lastDay: number): string {
  let day = `${y}-${month}-${lastDay}`;
  while (!monday(day)) day = shift(day, -1);
  return day;
}

describe('the rules, for every year after the published list (2028-2050)', () => {
  for (let year = 2028; year <= LAST_YEAR; year++) {
    it(`${year}`, () => {
      const newYear = `${year}-01-01`;
      const newYearDow = dayOfWeek(d(newYear));
      const christmasDow = dayOfWeek(d(`${year}-12-25`));
      const christmas =
        christmasDow === 'Saturday'
          ? [`${year}-12-27`, `${year}-12-28`] // both substituted to Monday and Tuesday
          : christmasDow === 'Sunday'
            ? [`${year}-12-26`, `${year}-12-27`] // Boxing Day on Monday, Christmas substituted to Tuesday
            : christmasDow === 'Friday'
              ? [`${year}-12-25`, `${year}-12-28`] // Boxing Day substituted to Monday
              : [`${year}-12-25`, `${year}-12-26`];
      const easter = easterSunday(year);
      const expected = [
        newYearDow === 'Saturday' ? shift(newYear, 2) : newYearDow === 'Sunday' ? shift(newYear, 1) : newYear,
        shift(easter, -2),
        shift(easter, 1),
        firstMonday(year, '05'),
        lastMonday(year, '05', 31),
        lastMonday(year, '08', 31),
        ...christmas,
      ];
      expect(datesOf(year)).toEqual(expected);
    });
  }
});

describe('the library and its corrections', () => {
  it('every correction is still needed (remove one when date-holidays fixes it)', () => {
    for (const c of CORRECTIONS) {
      const raw = libraryHolidays(c.year).map(([date]) => date);
      const stillWrong = c.remove.some((date) => raw.includes(date)) || c.add.some(([date]) => !raw.includes(date));
      expect(stillWrong, `${c.year}: ${c.why}`).toBe(true);
    }
  });

  it('the calendar version names the installed date-holidays release', () => {
    const installed = JSON.parse(
      readFileSync(join(__dirname, '..', 'node_modules', 'date-holidays', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(CALENDAR_VERSION).toContain(`date-holidays@${installed.version}`);
  });
});

describe('calendar coverage', () => {
  it('covers 1991-2050 and carries a version', () => {
    expect(ENGLAND_CALENDAR.firstYear).toBe(1991);
    expect(ENGLAND_CALENDAR.lastYear).toBe(2050);
    expect(ENGLAND_CALENDAR.version).toBe(CALENDAR_VERSION);
  });

  it('throws a clear error outside coverage instead of assuming no holidays', () => {
    expect(() => bankHolidays(2051)).toThrow(CalendarCoverageError);
    expect(() => bankHolidays(1990)).toThrow(/covers 1991-2050 only; no data for 1990/);
    expect(() => ENGLAND_CALENDAR.isBankHoliday(d('2051-01-01'))).toThrow(CalendarCoverageError);
    expect(() => ENGLAND_CALENDAR.isBankHoliday(d('1990-12-31'))).toThrow(/no data for 1990/);
    expect(ENGLAND_CALENDAR.isBankHoliday(d('2050-12-26'))).toBe(true);
    expect(ENGLAND_CALENDAR.isBankHoliday(d('1991-01-01'))).toBe(true);
  });

  it('a lazy calendar reads each year from its source once', () => {
    const asked: number[] = [];
    const calendar = defineLazyHolidayCalendar('lazy', 2000, 2010, (year) => {
      asked.push(year);
      return [[`${year}-12-25`, 'Christmas Day']];
    });
    expect(asked).toEqual([]);
    expect(calendar.isBankHoliday(d('2003-12-25'))).toBe(true);
    expect(calendar.isBankHoliday(d('2003-12-31'))).toBe(false);
    expect(calendar.isBankHoliday(d('2004-01-01'))).toBe(false);
    expect(calendar.bankHolidays(2003)).toHaveLength(1);
    expect(asked).toEqual([2003, 2004]);
  });
  it('rejects malformed tables', () => {
    expect(() => defineHolidayCalendar('gap', { 2025: [['2025-12-25', 'x']], 2027: [['2027-12-27', 'x']] })).toThrow(
      /contiguous/,
    );
    expect(() =>
      defineHolidayCalendar('wrong year', {
        2025: [
          ['2025-12-25', 'x'],
          ['2026-01-01', 'y'],
        ],
      }),
    ).toThrow(/listed under 2025/);
    expect(() => defineHolidayCalendar('no christmas', { 2025: [['2025-12-26', 'x']] })).toThrow(/Christmas/);
    expect(() => defineHolidayCalendar('bad date', { 2026: [['2026-02-30', 'x']] })).toThrow();
  });
});
