import { describe, expect, it } from 'vitest';
import { bankHolidays, CALENDAR_VERSION, ENGLAND_CALENDAR } from './england-bank-holidays';
import { CalendarCoverageError, defineHolidayCalendar } from './holiday-calendar';
import { dayOfWeek, parseIsoDate as d } from './iso-date';

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

  it('never lists 24 or 31 December', () => {
    for (let year = ENGLAND_CALENDAR.firstYear; year <= ENGLAND_CALENDAR.lastYear; year++) {
      expect(datesOf(year)).not.toContain(`${year}-12-24`);
      expect(datesOf(year)).not.toContain(`${year}-12-31`);
    }
  });

  it('lists only weekdays, and Good Friday is a Friday every year', () => {
    for (let year = 2020; year <= 2030; year++) {
      for (const h of bankHolidays(year)) {
        expect(['Saturday', 'Sunday']).not.toContain(dayOfWeek(h.date));
        if (h.name === 'Good Friday') expect(dayOfWeek(h.date)).toBe('Friday');
      }
      expect(bankHolidays(year).filter((h) => h.name === 'Good Friday')).toHaveLength(1);
    }
  });
});

describe('calendar coverage', () => {
  it('covers 2020-2030 and carries a version', () => {
    expect(ENGLAND_CALENDAR.firstYear).toBe(2020);
    expect(ENGLAND_CALENDAR.lastYear).toBe(2030);
    expect(ENGLAND_CALENDAR.version).toBe(CALENDAR_VERSION);
  });

  it('throws a clear error outside coverage instead of assuming no holidays', () => {
    expect(() => bankHolidays(2031)).toThrow(CalendarCoverageError);
    expect(() => bankHolidays(2019)).toThrow(/covers 2020-2030 only; no data for 2019/);
    expect(() => ENGLAND_CALENDAR.isBankHoliday(d('2031-01-01'))).toThrow(CalendarCoverageError);
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
