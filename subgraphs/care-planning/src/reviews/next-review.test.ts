import { describe, expect, it } from 'vitest';
import type { PeriodOfCare } from '../periods/period-of-care.entity';
import { computeNextReview } from './next-review';
import { ReviewKind, ReviewState } from './review-enums';
import type { Review } from './review.entity';

const period = { startDate: '2026-01-05', endDate: null } as PeriodOfCare;
const held = (heldOn: string) => ({ status: ReviewState.HELD, heldOn, kind: ReviewKind.STATUTORY }) as Review;
const planned = (plannedFor: string) =>
  ({
    id: 'r1',
    status: ReviewState.PLANNED,
    plannedFor,
    plannedTime: '10:30',
    venue: 'Ashbury Civic Centre',
    heldOn: null,
    kind: ReviewKind.STATUTORY,
  }) as Review;

// First review held 2026-02-02, so the second is due three months on: 2026-05-02 (CPPCR reg 33(2)).
const reviews = [held('2026-02-02')];

describe('computeNextReview', () => {
  it('gives the due date and, beside it, the booking; a planned review never moves the due date', () => {
    const next = computeNextReview('c1', [period], reviews, planned('2026-04-20'), '2026-04-01');
    expect(next).toMatchObject({
      childId: 'c1',
      dueBy: '2026-05-02',
      kind: 'second',
      booked: { reviewId: 'r1', date: '2026-04-20', time: '10:30', venue: 'Ashbury Civic Centre' },
      bookedAfterDueBy: false,
      daysLate: null,
    });
    expect(next?.plainBasis).toBe(
      'The second review happens within 3 months of the first one, which was on 2 February 2026.',
    );
  });

  it('flags a booking after the due date with how many days late it is', () => {
    const next = computeNextReview('c1', [period], reviews, planned('2026-05-12'), '2026-04-01');
    expect(next).toMatchObject({ dueBy: '2026-05-02', bookedAfterDueBy: true, daysLate: 10 });
  });

  it('a booking on the due date itself is not late', () => {
    const next = computeNextReview('c1', [period], reviews, planned('2026-05-02'), '2026-04-01');
    expect(next).toMatchObject({ bookedAfterDueBy: false, daysLate: null });
  });

  it('with nothing booked says so, and nothing is late', () => {
    const next = computeNextReview('c1', [period], reviews, null, '2026-04-01');
    expect(next).toMatchObject({ dueBy: '2026-05-02', booked: null, bookedAfterDueBy: false, daysLate: null });
  });

  it('is null when the child is not looked after now', () => {
    const ended = { startDate: '2026-01-05', endDate: '2026-03-01' } as PeriodOfCare;
    expect(computeNextReview('c1', [ended], reviews, null, '2026-04-01')).toBeNull();
  });
});
