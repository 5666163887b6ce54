import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDates,
  dayOfWeek,
  earlierOf,
  fromDayNumber,
  InvalidIsoDateError,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from './iso-date';

const d = parseIsoDate;

describe('parseIsoDate', () => {
  it('accepts real dates, including 29 Feb in a leap year', () => {
    expect(d('2025-01-06')).toBe('2025-01-06');
    expect(d('2024-02-29')).toBe('2024-02-29');
    expect(d('2000-02-29')).toBe('2000-02-29');
  });

  it.each(['2026-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])(
    'rejects the impossible date %s',
    (s) => {
      expect(() => d(s)).toThrow(InvalidIsoDateError);
      expect(isIsoDate(s)).toBe(false);
    },
  );

  it.each(['2025-1-6', '06/01/2025', '2025-01-06T00:00:00Z', ' 2025-01-06', '', 20250106, null, undefined])(
    'rejects non-ISO input %j',
    (s) => {
      expect(() => d(s)).toThrow(InvalidIsoDateError);
    },
  );
});

describe('day arithmetic', () => {
  it('round-trips through day numbers', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(fromDayNumber(toDayNumber(d('2027-12-31')))).toBe('2027-12-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
  });

  it('is unaffected by clock changes (the BST transition day is one day long)', () => {
    expect(addDays(d('2025-03-29'), 1)).toBe('2025-03-30');
    expect(addDays(d('2025-03-30'), 1)).toBe('2025-03-31');
    expect(addDays(d('2025-10-26'), 1)).toBe('2025-10-27');
  });

  it('compares and picks the earlier date', () => {
    expect(compareIsoDates(d('2025-01-06'), d('2025-02-03'))).toBeLessThan(0);
    expect(compareIsoDates(d('2025-02-03'), d('2025-02-03'))).toBe(0);
    expect(earlierOf(d('2025-05-01'), d('2025-04-30'))).toBe('2025-04-30');
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek(d('2025-01-06'))).toBe('Monday');
    expect(dayOfWeek(d('2026-12-26'))).toBe('Saturday');
    expect(dayOfWeek(d('2027-12-25'))).toBe('Saturday');
    expect(dayOfWeek(d('1969-12-31'))).toBe('Wednesday');
  });
});

describe('addMonths (corresponding-date rule)', () => {
  it('keeps the day number when it exists', () => {
    expect(addMonths(d('2025-01-20'), 3)).toBe('2025-04-20');
    expect(addMonths(d('2025-08-15'), 6)).toBe('2026-02-15');
  });

  it('clamps to the month end', () => {
    expect(addMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2025-11-30'), 3)).toBe('2026-02-28');
    expect(addMonths(d('2023-11-30'), 3)).toBe('2024-02-29');
    expect(addMonths(d('2025-08-31'), 6)).toBe('2026-02-28');
    expect(addMonths(d('2027-08-31'), 6)).toBe('2028-02-29');
    expect(addMonths(d('2025-03-31'), 3)).toBe('2025-06-30');
  });

  it('handles negative months', () => {
    expect(addMonths(d('2025-03-31'), -1)).toBe('2025-02-28');
    expect(addMonths(d('2025-01-15'), -2)).toBe('2024-11-15');
  });
});
