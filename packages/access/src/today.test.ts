import { describe, expect, it } from 'vitest';
import { londonToday } from './today';

describe('londonToday', () => {
  it('turns over at midnight in London during British Summer Time (an hour before UTC)', () => {
    expect(londonToday(new Date('2026-06-30T22:59:59Z'))).toBe('2026-06-30');
    expect(londonToday(new Date('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
  });

  it('turns over with UTC in winter (GMT)', () => {
    expect(londonToday(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(londonToday(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('gives the same answer on every call with one shared formatter', () => {
    const dates = ['2026-03-29T00:30:00Z', '2026-10-25T00:30:00Z', '2026-03-29T01:30:00Z'].map((d) => new Date(d));
    expect(dates.map((d) => londonToday(d))).toEqual(['2026-03-29', '2026-10-25', '2026-03-29']);
  });
});
