import { describe, expect, it } from 'vitest';
import { longDate } from './long-date';

const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('longDate', () => {
  it('writes every day as Intl writes it in English (British), leap days and year ends included', () => {
    for (const year of [1999, 2000, 2024, 2026, 2050]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(longDate(iso), iso).toBe(intl.format(new Date(t)));
      }
    }
  });

  it('reads a date without its leading zeros', () => {
    expect(longDate('2026-05-04')).toBe('4 May 2026');
  });
});
