import { describe, expect, it } from 'vitest';
import { needsAttention } from './needs-attention.server';

describe('what needs attention on the caseload', () => {
  it('says nothing when nothing is wrong, or when the graph withheld the facts', () => {
    expect(needsAttention({})).toEqual([]);
    expect(needsAttention({ carePlanFlags: null, driftingRecommendationCount: null })).toEqual([]);
  });

  it('flags a review booked after its due date first, with how late it is', () => {
    expect(needsAttention({ nextReview: { bookedAfterDueBy: true, daysLate: 16 }, overdueReviewRecords: 1 })).toEqual([
      'Review booked 16 days after its due date',
      '1 review record overdue',
    ]);
    expect(needsAttention({ nextReview: { bookedAfterDueBy: true, daysLate: 1 } })).toEqual([
      'Review booked 1 day after its due date',
    ]);
    expect(needsAttention({ nextReview: { bookedAfterDueBy: false, daysLate: null } })).toEqual([]);
  });

  it('puts overdue records, drift and overdue responses before open challenges and plan flags', () => {
    expect(
      needsAttention({
        carePlanFlags: [{ code: 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW' }],
        driftingRecommendationCount: 2,
        overdueReviewRecords: 1,
        openChallengeCount: 3,
        overdueChallengeResponseCount: 1,
      }),
    ).toEqual([
      '1 review record overdue',
      '2 recommendations drifting',
      '1 challenge response overdue',
      '2 open challenges',
      'No permanence plan by the second review',
    ]);
  });

  it('flags a placement plan not agreed in time, and only that status', () => {
    const due = (status: 'OVERDUE' | 'DUE' | 'AGREED_LATE' | 'AGREED_ON_TIME') => ({
      currentPlacement: { placementPlanDue: { status } },
    });
    expect(needsAttention({ ...due('OVERDUE'), openChallengeCount: 1 })).toEqual([
      'Placement plan overdue',
      '1 open challenge',
    ]);
    expect(needsAttention(due('DUE'))).toEqual([]);
    expect(needsAttention(due('AGREED_LATE'))).toEqual([]);
    expect(needsAttention({ currentPlacement: null })).toEqual([]);
    expect(needsAttention({ currentPlacement: { placementPlanDue: null } })).toEqual([]);
  });
});
