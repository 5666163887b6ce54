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
