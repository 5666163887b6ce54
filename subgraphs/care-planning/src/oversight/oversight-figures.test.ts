import { describe, expect, it } from 'vitest';
import { type IsoDate, type ReviewHeld, parseIsoDate as d } from '@lac/statutory';
import { oversightFigures, percent } from './oversight-figures';

const held = (heldOn: IsoDate): ReviewHeld => ({ heldOn, kind: 'statutory' });
const TODAY = d('2026-11-23');
const none = { overdueRecords: 0, driftingRecommendations: 0, openChallenges: [] };
const quiet = { overdueRecords: 0, driftingRecommendations: 0, openChallenges: 0, overdueChallengeResponses: 0 };

describe('oversight figures', () => {
  it('counts each looked-after child once in total and once under their IRO, with overdue and due-soon reviews', () => {
    const { total, iros, unallocated } = oversightFigures(
      [
        // First review due Mon 2 Feb 2026, never held: overdue.
        {
          ...none,
          childId: 'a',
          iroId: 'iro-1',
          periods: [{ startDate: d('2026-01-05'), endDate: null }],
          reviews: [],
        },
        // Looked after since Mon 2 Nov 2026: first review due Mon 30 Nov, within 15 working days: due soon.
        {
          ...none,
          childId: 'b',
          iroId: 'iro-1',
          periods: [{ startDate: d('2026-11-02'), endDate: null }],
          reviews: [],
        },
        // On track, with another IRO.
        {
          ...none,
          childId: 'c',
          iroId: 'iro-2',
          periods: [{ startDate: d('2026-01-05'), endDate: null }],
          reviews: [held(d('2026-01-30')), held(d('2026-04-24')), held(d('2026-10-20'))],
        },
        // Looked after, no IRO.
        { ...none, childId: 'd', iroId: null, periods: [{ startDate: d('2026-11-20'), endDate: null }], reviews: [] },
        // No longer looked after: not counted.
        {
          ...none,
          childId: 'e',
          iroId: 'iro-2',
          periods: [{ startDate: d('2025-01-06'), endDate: d('2025-06-30') }],
          reviews: [],
        },
      ],
      ['iro-1', 'iro-2', 'iro-3'],
      TODAY,
    );
    expect(total).toEqual({
      ...quiet,
      children: 4,
      overdueReviews: 1,
      dueSoonReviews: 1,
      reviewsHeld: 3,
      reviewsOnTime: 3,
    });
    expect(unallocated).toBe(1);
    expect(iros).toEqual([
      {
        ...quiet,
        iroId: 'iro-1',
        children: 2,
        overdueReviews: 1,
        dueSoonReviews: 1,
        reviewsHeld: 0,
        reviewsOnTime: 0,
        band: 'below',
      },
      {
        ...quiet,
        iroId: 'iro-2',
        children: 1,
        overdueReviews: 0,
        dueSoonReviews: 0,
        reviewsHeld: 3,
        reviewsOnTime: 3,
        band: 'below',
      },
      {
        ...quiet,
        iroId: 'iro-3',
        children: 0,
        overdueReviews: 0,
        dueSoonReviews: 0,
        reviewsHeld: 0,
        reviewsOnTime: 0,
        band: 'below',
      },
    ]);
  });

  it('counts reviews held in the last 12 months, late ones as not on time', () => {
    const { total } = oversightFigures(
      [
        {
          ...none,
          childId: 'a',
          iroId: 'iro-1',
          periods: [{ startDate: d('2025-01-06'), endDate: null }],
          // Up to 1 Nov 2026: 3 Feb and 5 May 2025 are over a year ago; 3 Nov 2025 on time (due 5 Nov); 4 May 2026 late (due 3 May).
          reviews: [held(d('2025-02-03')), held(d('2025-05-05')), held(d('2025-11-03')), held(d('2026-05-04'))],
        },
      ],
      ['iro-1'],
      d('2026-11-01'),
    );
    expect(total.reviewsHeld).toBe(2);
    expect(total.reviewsOnTime).toBe(1);
  });

  it('adds up overdue records, drift and open challenges per IRO, and groups challenges by stage in ladder order', () => {
    const looked = { periods: [{ startDate: d('2026-11-20'), endDate: null }], reviews: [] };
    const { total, iros, challengesByStage } = oversightFigures(
      [
        {
          ...looked,
          childId: 'a',
          iroId: 'iro-1',
          overdueRecords: 1,
          driftingRecommendations: 2,
          openChallenges: [
            { stage: 'Head of service', order: 3, overdue: true },
            { stage: 'IRO alert', order: 1, overdue: false },
          ],
        },
        {
          ...looked,
          childId: 'b',
          iroId: 'iro-2',
          overdueRecords: 0,
          driftingRecommendations: 1,
          openChallenges: [{ stage: 'IRO alert', order: 1, overdue: true }],
        },
        // No longer looked after, but an open challenge about them still counts.
        {
          childId: 'c',
          iroId: 'iro-2',
          periods: [{ startDate: d('2025-01-06'), endDate: d('2025-06-30') }],
          reviews: [],
          overdueRecords: 0,
          driftingRecommendations: 0,
          openChallenges: [{ stage: 'Informal', order: 0, overdue: false }],
        },
      ],
      ['iro-1', 'iro-2'],
      TODAY,
    );
    expect(total).toMatchObject({
      overdueRecords: 1,
      driftingRecommendations: 3,
      openChallenges: 4,
      overdueChallengeResponses: 2,
    });
    expect(iros[1]).toMatchObject({
      iroId: 'iro-2',
      children: 1,
      driftingRecommendations: 1,
      openChallenges: 2,
      overdueChallengeResponses: 1,
    });
    expect(challengesByStage).toEqual([
      { stage: 'Informal', order: 0, open: 1, overdue: 0 },
      { stage: 'IRO alert', order: 1, open: 2, overdue: 1 },
      { stage: 'Head of service', order: 3, open: 1, overdue: 1 },
    ]);
  });

  it('gives no percentage when nothing was counted', () => {
    expect(percent(0, 0)).toBeNull();
    expect(percent(2, 3)).toBe(67);
  });
});
