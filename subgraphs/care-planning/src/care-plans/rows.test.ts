import { describe, expect, it } from 'vitest';
import { savedOn } from './rows';

describe('savedOn', () => {
  it('is the date in England: after 23:00 UTC in summer time it is already the next day', () => {
    expect(savedOn({ saved_at: new Date('2026-06-30T23:30:00Z') })).toBe('2026-07-01');
    expect(savedOn({ saved_at: new Date('2026-06-30T22:59:59Z') })).toBe('2026-06-30');
  });

  it('is the UTC date in winter, and the same answer when asked again for the same instant', () => {
    const instant = { saved_at: new Date('2026-12-31T23:30:00Z') };
    expect(savedOn(instant)).toBe('2026-12-31');
    expect(savedOn({ saved_at: new Date(instant.saved_at.getTime()) })).toBe('2026-12-31');
    expect(savedOn({ saved_at: new Date('2027-01-01T00:00:00Z') })).toBe('2027-01-01');
  });
});
