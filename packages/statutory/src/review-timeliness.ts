import { ENGLAND_CALENDAR } from './england-bank-holidays';
import { CalendarCoverageError, type HolidayCalendar } from './holiday-calendar';
import { compareIsoDates, isAfter, isBefore, type IsoDate } from './iso-date';
import { scheduledReview, type ReviewHeld, type ReviewSchedulePolicy } from './review-schedule';

export interface ReviewTimeliness {
  readonly heldOn: IsoDate;
  /** The date the review was due by when it was held; null when it fell before the calendar's coverage. */
  readonly dueBy: IsoDate | null;
  readonly onTime: boolean | null;
}

/**
 * Whether each review of one period of care was held by the date it was due at the time: the due date is the one
 * `nextReviewDue` gave on the day of the meeting, from the reviews held before it. Same-day reviews count once.
 */
export function reviewTimeliness(input: {
  periodOfCareStart: IsoDate;
  reviewsHeld: readonly ReviewHeld[];
  policy?: Partial<ReviewSchedulePolicy>;
  calendar?: HolidayCalendar;
}): ReviewTimeliness[] {
  const calendar = input.calendar ?? ENGLAND_CALENDAR;
  const held = [...input.reviewsHeld]
    .filter((r) => !isBefore(r.heldOn, input.periodOfCareStart))
    .sort((a, b) => compareIsoDates(a.heldOn, b.heldOn));
  const seen = new Set<string>();
  const result: ReviewTimeliness[] = [];
  for (const review of held) {
    if (seen.has(review.heldOn)) continue;
    seen.add(review.heldOn);
    const before = held.filter((r) => isBefore(r.heldOn, review.heldOn));
    try {
      // The reviews before this one are exactly those nextReviewDue would count on the day of the meeting; without
      // a status to work out, no working days are counted to it (a local authority's figures do this per review).
      const due = scheduledReview({
        periodOfCareStart: input.periodOfCareStart,
        reviewsHeld: before,
        policy: input.policy,
        calendar,
      });
      result.push({ heldOn: review.heldOn, dueBy: due.dueBy, onTime: !isAfter(review.heldOn, due.dueBy) });
    } catch (error) {
      if (!(error instanceof CalendarCoverageError)) throw error;
      result.push({ heldOn: review.heldOn, dueBy: null, onTime: null });
    }
  }
  return result;
}
