import { demoAuthority } from '@lac/testing';
import { describe, expect, it } from 'vitest';
import { demoCast, reviewsInPeriod } from './cast';

describe('demoCast', () => {
  const demo = demoAuthority('2026-11-23');
  const cast = demoCast(demo);
  const ids = (set: Set<string>) => [...set];

  it('casts the parent, carer and young person children onto the demo IRO caseload with a held review to publish', () => {
    expect(cast.caseload).toHaveLength(50);
    expect(cast.carerChildren).toHaveLength(2);
    expect(cast.published.map((c) => c.id).sort()).toEqual(
      [cast.parentChild, cast.youngPersonChild, ...cast.carerChildren].map((c) => c.id).sort(),
    );
    expect(cast.upcoming).toContain(cast.youngPersonChild);
  });

  it('shows every drift pattern, with the history each needs', () => {
    expect(new Set(cast.recommendations.map((r) => r.pattern))).toEqual(new Set(['stalled', 'no-new-date', 'overdue']));
    for (const { child, pattern } of cast.recommendations) {
      expect(reviewsInPeriod(child).length).toBeGreaterThanOrEqual(pattern === 'stalled' ? 3 : 2);
    }
  });

  it('keeps each flag and overdue record on different ordinary children, each past their second review where the flag needs it', () => {
    const special = new Set([cast.parentChild, cast.youngPersonChild, ...cast.carerChildren].map((c) => c.id));
    const groups = [
      cast.recommendations.filter((r) => !special.has(r.child.id)).map((r) => r.child.id),
      ids(cast.noPermanencePlan),
      ids(cast.arrangementsOnly),
      ids(cast.decisionsOverdue),
      ids(cast.fullRecordOverdue),
    ];
    const all = groups.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.some((id) => special.has(id))).toBe(false);
    expect(cast.noPermanencePlan.size).toBe(3);
    for (const id of cast.noPermanencePlan)
      expect(reviewsInPeriod(cast.caseload.find((c) => c.id === id)!).length).toBeGreaterThanOrEqual(2);
    expect(cast.arrangementsOnly.size).toBe(2);
    expect(cast.decisionsOverdue.size + cast.fullRecordOverdue.size).toBeGreaterThanOrEqual(2);
  });

  it('is the same for the same today', () => {
    const text = (c: typeof cast) => JSON.stringify(c, (_, v) => (v instanceof Set ? [...v] : v));
    expect(text(demoCast(demoAuthority('2026-11-23')))).toBe(text(cast));
  });
});
