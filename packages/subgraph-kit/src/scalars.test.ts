import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, isRealDate } from './scalars';

describe('DateScalar', () => {
  it('carries a calendar day as YYYY-MM-DD both ways', () => {
    expect(DateScalar.parseValue('2026-11-30')).toBe('2026-11-30');
    expect(DateScalar.serialize('2026-11-30')).toBe('2026-11-30');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-29' })).toBe('2024-02-29');
  });

  it('knows a real day exactly as the Date object does, leap years and month ends included', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of [1600, 1899, 1900, 1996, 2000, 2023, 2024, 2026, 2100, 2400]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const value = `${year}-${two(month)}-${two(day)}`;
          const d = new Date(`${value}T00:00:00Z`);
          const byDate = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
          expect(isRealDate(value), value).toBe(byDate);
        }
      }
    }
  });

  it('knows the calendar: month lengths and leap years, without a Date round trip', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '0000-02-29']) {
      expect(DateScalar.serialize(day)).toBe(day);
    }
    for (const day of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-06-00']) {
      expect(() => DateScalar.serialize(day)).toThrow(`${day} is not a real date`);
    }
  });

  it.each(['30/11/2026', '2026-02-30', '2026-11-31', '1900-02-29', '2026-11-30T00:00:00Z', 20261130])(
    'refuses %s as the caller’s mistake (BAD_USER_INPUT, answered with status 200 so the gateway passes it on)',
    (value) => {
      let thrown: unknown;
      try {
        DateScalar.parseValue(value);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GraphQLError);
      expect((thrown as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', http: { status: 200 } });
    },
  );
});
