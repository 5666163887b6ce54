import { describe, expect, it } from 'vitest';
import type { PeriodOfCare } from '../periods/period-of-care.entity';
import { BROUGHT_FORWARD_BASIS, BROUGHT_FORWARD_PLAIN_BASIS } from './after-placement-change';
import { computeNextReview } from './next-review';
import { withPlacementChange } from './next-review-after-placement-change';
import { ReviewKind, ReviewState } from './review-enums';
import type { Review } from './review.entity';

const period = { startDate: '2026-01-05', endDate: null } as PeriodOfCare;
const held = (heldOn: string) => ({ status: ReviewState.HELD, heldOn, kind: ReviewKind.STATUTORY }) as Review;
const reviews = [held('2026-02-02'), held('2026-05-01'), held('2026-08-03')];
const planned = {
  id: 'r9',
  status: ReviewState.PLANNED,
  plannedFor: '2026-12-10',
  plannedTime: null,
  venue: null,
  heldOn: null,
  kind: ReviewKind.ADDITIONAL,
} as Review;
const TODAY = '2026-11-23';
// The regular review: six months after 3 August 2026.
const regular = () => computeNextReview('c1', [period], reviews, planned, TODAY);
const facts = (over: Partial<Parameters<typeof withPlacementChange>[1]> = {}) => ({
  // As stored with the schedule (reviews/stored-schedule.ts): the open period's start and its newest review held.
  periodOfCareStart: period.startDate,
  lastReviewHeld: '2026-08-03',
  lastPlacementChange: '2026-11-02',
  settings: { reviewAfterPlacementChangeWorkingDays: 20 },
  today: TODAY,
  professional: true,
  ...over,
});

describe('the next review with a placement change laid over it (docs/decisions/0022)', () => {
  it('moves the due date and compares the booking with the new date', () => {
    expect(regular()).toMatchObject({ dueBy: '2027-02-03', bookedAfterDueBy: false });
    const next = withPlacementChange(regular(), facts());
    expect(next).toMatchObject({
      childId: 'c1',
      dueBy: '2026-11-30',
      status: 'due_soon',
      kind: 'subsequent',
      booked: { date: '2026-12-10' },
      bookedAfterDueBy: true,
      daysLate: 10,
    });
    expect(next?.basis).toContain('placement change on 2 November 2026');
  });

  it('gives anyone but the professionals the date with words naming no move', () => {
    const next = withPlacementChange(regular(), facts({ professional: false }));
    expect(next?.dueBy).toBe('2026-11-30');
    expect(next?.basis).toBe(BROUGHT_FORWARD_BASIS);
    expect(next?.plainBasis).toBe(BROUGHT_FORWARD_PLAIN_BASIS);
  });

  it('leaves the regular answer as it is without a move, when asked directly, or when not looked after', () => {
    expect(withPlacementChange(regular(), facts({ lastPlacementChange: null }))).toEqual(regular());
    expect(withPlacementChange(regular(), facts({ lastPlacementChange: undefined }))).toEqual(regular());
    expect(withPlacementChange(null, facts())).toBeNull();
  });

  it('leaves the date alone when a review held after the move considered it, or when not looked after', () => {
    expect(withPlacementChange(regular(), facts({ lastReviewHeld: '2026-11-10' }))).toEqual(regular());
    expect(withPlacementChange(regular(), facts({ periodOfCareStart: null }))).toEqual(regular());
  });
});
