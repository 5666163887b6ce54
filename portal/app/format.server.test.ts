import { describe, expect, it } from 'vitest';
import { formatDate, pageCount, pageNumber, pageRequest, statusTag } from './format.server';

describe('formatting', () => {
  it('formats plain ISO dates the GOV.UK way, without time-zone shifts', () => {
    expect(formatDate('2025-02-03')).toBe('3 February 2025');
    expect(formatDate('2024-12-31')).toBe('31 December 2024');
    expect(formatDate('2025-03-30')).toBe('30 March 2025'); // BST starts that day
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('gives the same words as Intl for every day of the years around now, leap days and odd inputs included', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2031, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString();
      expect(formatDate(iso.slice(0, 10))).toBe(intl.format(new Date(t)));
      expect(formatDate(iso)).toBe(intl.format(new Date(t)));
    }
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
    expect(formatDate('2000-02-29')).toBe('29 February 2000');
    // Not real dates: the answer Intl always gave (the date rolled over), not a made-up one.
    expect(formatDate('2025-02-29')).toBe('1 March 2025');
    expect(formatDate('2100-02-29')).toBe('1 March 2100');
    expect(formatDate('2025-13-01')).toBe('1 January 2026');
  });

  it('maps review statuses to GOV.UK tag colours', () => {
    expect(statusTag('OVERDUE')).toEqual({ text: 'Overdue', colour: 'red' });
    expect(statusTag('DUE_SOON')).toEqual({ text: 'Due soon', colour: 'yellow' });
    expect(statusTag('ON_TRACK')).toEqual({ text: 'On track', colour: 'green' });
    expect(statusTag(null)).toBeNull();
  });

  it('reads ?page= defensively', () => {
    expect(pageNumber(new URL('http://x/caseload'))).toBe(1);
    expect(pageNumber(new URL('http://x/caseload?page=3'))).toBe(3);
    expect(pageNumber(new URL('http://x/caseload?page=0'))).toBe(1);
    expect(pageNumber(new URL('http://x/caseload?page=-2'))).toBe(1);
    expect(pageNumber(new URL('http://x/caseload?page=1e9'))).toBe(1);
  });
});

describe('paging', () => {
  it('turns ?page= into first/offset and knows when a page does not exist', () => {
    expect(pageRequest(new URL('http://x/caseload?page=3'))).toEqual({ page: 3, variables: { first: 25, offset: 50 } });
    expect(pageCount(0, 1)).toEqual({ pages: 1, exists: true });
    expect(pageCount(50, 2)).toEqual({ pages: 2, exists: true });
    expect(pageCount(51, 3)).toEqual({ pages: 3, exists: true });
    expect(pageCount(50, 3)).toEqual({ pages: 2, exists: false });
  });
});
