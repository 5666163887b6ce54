import { describe, expect, it } from 'vitest';
import { CalendarCoverageError } from './holiday-calendar';
import { parseIsoDate as d } from './iso-date';
import {
  addWorkingDays,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from './working-days';

describe('isWorkingDay', () => {
  it('excludes weekends, Christmas Day, Good Friday and bank holidays', () => {
    expect(isWorkingDay(d('2025-01-06'))).toBe(true);
    expect(isWorkingDay(d('2025-01-04'))).toBe(false); // Saturday
    expect(isWorkingDay(d('2025-01-05'))).toBe(false); // Sunday
    expect(isWorkingDay(d('2025-12-25'))).toBe(false);
    expect(isWorkingDay(d('2025-04-18'))).toBe(false); // Good Friday
    expect(isWorkingDay(d('2025-08-25'))).toBe(false);
  });

  it('treats 24 and 31 December as working days', () => {
    expect(isWorkingDay(d('2025-12-24'))).toBe(true);
    expect(isWorkingDay(d('2025-12-31'))).toBe(true);
    expect(isWorkingDay(d('2026-12-24'))).toBe(true);
    expect(isWorkingDay(d('2026-12-31'))).toBe(true);
  });

  it('excludes the 2026 and 2027 substitute days', () => {
    expect(isWorkingDay(d('2026-12-28'))).toBe(false);
    expect(isWorkingDay(d('2027-12-27'))).toBe(false);
    expect(isWorkingDay(d('2027-12-28'))).toBe(false);
    expect(isWorkingDay(d('2028-01-03'))).toBe(false);
    expect(isWorkingDay(d('2026-12-29'))).toBe(true);
  });

  it('throws outside calendar coverage, even for a weekend', () => {
    expect(() => isWorkingDay(d('2051-03-03'))).toThrow(CalendarCoverageError);
    expect(() => isWorkingDay(d('1990-12-29'))).toThrow(CalendarCoverageError);
  });

  it('counts across the years a record can hold, 1991 to 2050', () => {
    expect(isWorkingDay(d('1998-05-25'))).toBe(false);
    expect(isWorkingDay(d('1999-12-31'))).toBe(false);
    expect(addWorkingDays(d('1998-12-23'), 3)).toBe('1998-12-30');
    expect(addWorkingDays(d('2035-12-21'), 5)).toBe('2036-01-02');
  });
});

describe('addWorkingDays (day 1 is the first working day after the date)', () => {
  it('docs/domain.md example: 6 Jan 2025 + 20 = Mon 3 Feb 2025', () => {
    expect(addWorkingDays(d('2025-01-06'), 20)).toBe('2025-02-03');
  });

  it('skips weekends', () => {
    expect(addWorkingDays(d('2025-01-08'), 20)).toBe('2025-02-05');
    expect(addWorkingDays(d('2025-01-10'), 1)).toBe('2025-01-13'); // Fri -> Mon
  });

  it('from a Saturday or bank holiday, day 1 is still the next working day', () => {
    expect(addWorkingDays(d('2025-01-04'), 20)).toBe('2025-01-31'); // Saturday
    expect(addWorkingDays(d('2025-01-03'), 20)).toBe('2025-01-31'); // the Friday before gives the same day
    expect(addWorkingDays(d('2025-05-05'), 20)).toBe('2025-06-03'); // early May bank holiday
    expect(addWorkingDays(d('2026-04-03'), 20)).toBe('2026-05-05'); // Good Friday
  });

  it('across Christmas and New Year 2026-27', () => {
    expect(addWorkingDays(d('2026-12-24'), 1)).toBe('2026-12-29');
    expect(addWorkingDays(d('2026-12-23'), 1)).toBe('2026-12-24');
    expect(addWorkingDays(d('2026-12-31'), 1)).toBe('2027-01-04');
    expect(addWorkingDays(d('2026-12-14'), 20)).toBe('2027-01-14');
  });

  it('across Christmas and New Year 2027-28 (two substitute days, then New Year substitute)', () => {
    expect(addWorkingDays(d('2027-12-24'), 1)).toBe('2027-12-29');
    expect(addWorkingDays(d('2027-12-31'), 1)).toBe('2028-01-04');
  });

  it('across Easter', () => {
    expect(addWorkingDays(d('2026-04-02'), 1)).toBe('2026-04-07');
    expect(addWorkingDays(d('2026-03-20'), 20)).toBe('2026-04-21');
    expect(addWorkingDays(d('2025-04-01'), 20)).toBe('2025-05-01');
  });

  it('counts backwards for negative n and returns the date itself for 0', () => {
    expect(addWorkingDays(d('2025-01-06'), -1)).toBe('2025-01-03');
    expect(addWorkingDays(d('2025-04-22'), -1)).toBe('2025-04-17');
    expect(addWorkingDays(d('2025-01-04'), 0)).toBe('2025-01-04');
  });

  it('throws when the count runs into an uncovered year', () => {
    expect(() => addWorkingDays(d('2050-12-20'), 20)).toThrow(CalendarCoverageError);
  });
});

describe('lastWorkingDayOnOrBefore / nextWorkingDayOnOrAfter', () => {
  it('keeps a working day and moves back over weekends and holidays', () => {
    expect(lastWorkingDayOnOrBefore(d('2025-02-03'))).toBe('2025-02-03');
    expect(lastWorkingDayOnOrBefore(d('2025-03-01'))).toBe('2025-02-28'); // Saturday
    expect(lastWorkingDayOnOrBefore(d('2026-12-28'))).toBe('2026-12-24'); // substitute day, weekend, Christmas
    expect(lastWorkingDayOnOrBefore(d('2026-04-06'))).toBe('2026-04-02'); // Easter Monday back over Good Friday
  });

  it('moves forward the same way', () => {
    expect(nextWorkingDayOnOrAfter(d('2026-12-25'))).toBe('2026-12-29');
    expect(nextWorkingDayOnOrAfter(d('2026-12-24'))).toBe('2026-12-24');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after a up to and including b', () => {
    expect(workingDaysBetween(d('2025-01-06'), d('2025-02-03'))).toBe(20);
    expect(workingDaysBetween(d('2025-01-06'), d('2025-01-07'))).toBe(1);
    expect(workingDaysBetween(d('2026-12-24'), d('2026-12-29'))).toBe(1);
  });

  it('is zero for the same day or when only non-working days intervene', () => {
    expect(workingDaysBetween(d('2025-01-06'), d('2025-01-06'))).toBe(0);
    expect(workingDaysBetween(d('2025-01-10'), d('2025-01-12'))).toBe(0);
  });

  it('is negative when b is before a', () => {
    expect(workingDaysBetween(d('2025-02-03'), d('2025-01-06'))).toBe(-20);
  });

  it('inverts addWorkingDays', () => {
    for (const start of ['2025-01-04', '2026-12-14', '2027-12-23', '2026-04-03']) {
      for (const n of [1, 5, 20]) {
        expect(workingDaysBetween(d(start), addWorkingDays(d(start), n))).toBe(n);
      }
    }
  });
});
