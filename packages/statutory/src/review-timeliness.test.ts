import { describe, expect, it } from 'vitest';
import { parseIsoDate as d } from './iso-date';
import type { ReviewHeld } from './review-schedule';
import { reviewTimeliness } from './review-timeliness';

const statutory = (s: string): ReviewHeld => ({ heldOn: d(s), kind: 'statutory' });
const additional = (s: string): ReviewHeld => ({ heldOn: d(s), kind: 'additional' });

describe('reviews held on time', () => {
  it('judges each review against the date due when it was held', () => {
    // Looked after Mon 5 Jan 2026: first due Mon 2 Feb 2026; second 3 months after the first; then 6 months.
    const r = reviewTimeliness({
      periodOfCareStart: d('2026-01-05'),
      reviewsHeld: [statutory('2026-02-02'), statutory('2026-05-04'), statutory('2026-11-04')],
    });
    expect(r).toEqual([
      { heldOn: '2026-02-02', dueBy: '2026-02-02', onTime: true },
      { heldOn: '2026-05-04', dueBy: '2026-05-02', onTime: false },
      { heldOn: '2026-11-04', dueBy: '2026-11-04', onTime: true },
    ]);
  });

  it('a first review a day late is late', () => {
    const [first] = reviewTimeliness({ periodOfCareStart: d('2026-01-05'), reviewsHeld: [statutory('2026-02-03')] });
    expect(first).toEqual({ heldOn: '2026-02-03', dueBy: '2026-02-02', onTime: false });
  });

  it('follows the local authority setting for additional reviews', () => {
    const reviews = [statutory('2026-02-02'), additional('2026-03-02'), statutory('2026-05-01')];
    // Default: the additional review brings the second review no later than 2 May (3 months from 2 Feb).
    const byDefault = reviewTimeliness({ periodOfCareStart: d('2026-01-05'), reviewsHeld: reviews });
    expect(byDefault[2]).toEqual({ heldOn: '2026-05-01', dueBy: '2026-05-02', onTime: true });
    // Restarting the cycle: the review after the additional one (the third of any kind) is due 6 months later.
    const restarting = reviewTimeliness({
      periodOfCareStart: d('2026-01-05'),
      reviewsHeld: reviews,
      policy: { additionalReviewRestartsCycle: true },
    });
    expect(restarting[2]).toEqual({ heldOn: '2026-05-01', dueBy: '2026-09-02', onTime: true });
  });

  it('ignores reviews of an earlier period of care and counts a same-day pair once', () => {
    const r = reviewTimeliness({
      periodOfCareStart: d('2026-01-05'),
      reviewsHeld: [statutory('2025-06-01'), statutory('2026-02-02'), additional('2026-02-02')],
    });
    expect(r).toHaveLength(1);
  });

  it('says "unknown" rather than guessing when the due date falls outside the holiday calendar', () => {
    const [first] = reviewTimeliness({ periodOfCareStart: d('1990-06-04'), reviewsHeld: [statutory('1990-06-20')] });
    expect(first).toEqual({ heldOn: '1990-06-20', dueBy: null, onTime: null });
    // 2019 was outside the old 2020-2030 table; it is covered now.
    const [covered] = reviewTimeliness({ periodOfCareStart: d('2019-06-03'), reviewsHeld: [statutory('2019-06-20')] });
    expect(covered).toEqual({ heldOn: '2019-06-20', dueBy: '2019-07-01', onTime: true });
  });
});
