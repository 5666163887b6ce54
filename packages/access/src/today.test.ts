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

describe('londonToday, answered again within the same minute', () => {
  it('turns over on the first millisecond of the new day after a call in the last minute of the old one', () => {
    expect(londonToday(new Date('2026-06-30T22:59:00.000Z'))).toBe('2026-06-30');
    expect(londonToday(new Date('2026-06-30T22:59:59.999Z'))).toBe('2026-06-30');
    expect(londonToday(new Date('2026-06-30T23:00:00.000Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-06-30T22:59:59.999Z'))).toBe('2026-06-30');
  });

  it('answers a different minute, earlier or later, for itself', () => {
    expect(londonToday(new Date('2027-01-01T00:00:30Z'))).toBe('2027-01-01');
    expect(londonToday(new Date('2026-12-31T23:59:30Z'))).toBe('2026-12-31');
    expect(londonToday(new Date('2026-12-31T23:59:31Z'))).toBe('2026-12-31');
    expect(londonToday(new Date('2027-01-01T00:00:01Z'))).toBe('2027-01-01');
  });

  it('still refuses an invalid date', () => {
    londonToday(new Date('2026-06-30T12:00:00Z'));
    expect(() => londonToday(new Date(Number.NaN))).toThrow(RangeError);
  });
});
