import { CALENDAR_MONTH_CONVENTION, WORKING_DAY_CONVENTION, type DeadlineBasis } from './basis';
import { ENGLAND_CALENDAR } from './england-bank-holidays';
import type { HolidayCalendar } from './holiday-calendar';
import { addMonths, compareIsoDates, isAfter, isBefore, type IsoDate } from './iso-date';
import { addWorkingDays, lastWorkingDayOnOrBefore, workingDaysBetween } from './working-days';

export const FIRST_REVIEW_WORKING_DAYS = 20;
export const SECOND_REVIEW_MONTHS = 3;
export const SUBSEQUENT_REVIEW_MONTHS = 6;
/** Matches the 15 working days before a review by which the social worker should have briefed the IRO. */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 15;

export const REVIEW_RULES = {
  first: 'CPPCR 2010 reg 33(1): within 20 working days of becoming looked after',
  second: 'CPPCR 2010 reg 33(2): second review not more than three months after the first',
  subsequent: 'CPPCR 2010 reg 33(2): later reviews not more than six months after the previous review',
} as const;

/**
 * 'statutory' is a review held in the reg 33 cycle; 'additional' is one brought forward under reg 33(3) or
 * reg 32(2) (IRO request, placement change, change of plan, ceasing to be looked after...). Both are reviews
 * held; the kind only decides whether the review may move the running cycle later.
 */
export type ReviewHeldKind = 'statutory' | 'additional';

export interface ReviewHeld {
  readonly heldOn: IsoDate;
  readonly kind: ReviewHeldKind;
}

export type ReviewDueKind = 'first' | 'second' | 'subsequent';
export type ReviewStatus = 'overdue' | 'due_soon' | 'on_track';

export interface ReviewSchedulePolicy {
  /** Local authority setting; false (the default) means an additional review never moves the next date later. */
  readonly additionalReviewRestartsCycle: boolean;
  /** due_soon when the due date is at most this many working days after today. */
  readonly dueSoonWorkingDays: number;
}

export interface NextReviewInput {
  readonly periodOfCareStart: IsoDate;
  /**
   * Reviews held in this period of care, any order. A bare date means a statutory review. Reviews before the
   * period started (an earlier period of care) or after today (not yet held) are ignored; two reviews on the
   * same day count once, as statutory if either was.
   */
  readonly reviewsHeld: readonly (IsoDate | ReviewHeld)[];
  readonly today: IsoDate;
  readonly policy?: Partial<ReviewSchedulePolicy>;
  readonly calendar?: HolidayCalendar;
}

export interface NextReviewDue {
  /** The statutory latest date. */
  readonly dueBy: IsoDate;
  /** The last working day on or before dueBy: the practical latest date to hold the meeting. */
  readonly latestWorkingDay: IsoDate;
  readonly kind: ReviewDueKind;
  readonly basis: DeadlineBasis;
  readonly status: ReviewStatus;
  /** Reviews of any kind counted in this period of care (after filtering and same-day merging). */
  readonly reviewsCounted: number;
}

interface Due {
  readonly dueBy: IsoDate;
  readonly kind: ReviewDueKind;
  readonly basis: DeadlineBasis;
}

function relevantReviews(input: NextReviewInput): ReviewHeld[] {
  const byDate = new Map<string, ReviewHeld>();
  for (const entry of input.reviewsHeld) {
    const review: ReviewHeld = typeof entry === 'string' ? { heldOn: entry, kind: 'statutory' } : entry;
    if (isBefore(review.heldOn, input.periodOfCareStart) || isAfter(review.heldOn, input.today)) continue;
    const existing = byDate.get(review.heldOn);
    if (!existing || review.kind === 'statutory') byDate.set(review.heldOn, review);
  }
  return [...byDate.values()].sort((a, b) => compareIsoDates(a.heldOn, b.heldOn));
}

function firstReviewDue(start: IsoDate, calendar: HolidayCalendar): Due {
  return {
    dueBy: addWorkingDays(start, FIRST_REVIEW_WORKING_DAYS, calendar),
    kind: 'first',
    basis: {
      rule: REVIEW_RULES.first,
      from: start,
      convention: WORKING_DAY_CONVENTION,
      calendarVersion: calendar.version,
    },
  };
}

/** After the first review held, 3 months; after any later one, 6. Callers decide which reviews are counted. */
function dueAfter(review: ReviewHeld, reviewsSoFar: number, note: string, calendar: HolidayCalendar): Due {
  const kind: ReviewDueKind = reviewsSoFar === 1 ? 'second' : 'subsequent';
  const months = kind === 'second' ? SECOND_REVIEW_MONTHS : SUBSEQUENT_REVIEW_MONTHS;
  return {
    dueBy: addMonths(review.heldOn, months),
    kind,
    basis: {
      rule: REVIEW_RULES[kind],
      from: review.heldOn,
      convention: `${CALENDAR_MONTH_CONVENTION}; counted from the date the ${review.kind} review was held${note}`,
      calendarVersion: calendar.version,
    },
  };
}

function statusOf(dueBy: IsoDate, today: IsoDate, dueSoonWorkingDays: number, calendar: HolidayCalendar): ReviewStatus {
  if (isAfter(today, dueBy)) return 'overdue';
  return workingDaysBetween(today, dueBy, calendar) <= dueSoonWorkingDays ? 'due_soon' : 'on_track';
}

/**
 * When the next looked-after review is due (CPPCR 2010 reg 33), as of `today`.
 * A new period of care restarts the cycle: only reviews on or after periodOfCareStart count.
 * By default an additional review cannot postpone the cycle: the running cycle is computed from statutory
 * reviews alone, and the next review is due at the earlier of that date and the interval counted from the
 * additional review (interval by the number of reviews of any kind held). This is never later than the
 * strict reading of reg 33 in which every review restarts the clock. With additionalReviewRestartsCycle,
 * every review (statutory or additional) restarts the cycle, the interval following the count of all reviews.
 */
export function nextReviewDue(input: NextReviewInput): NextReviewDue {
  const calendar = input.calendar ?? ENGLAND_CALENDAR;
  const policy = policyOf(input.policy);
  if (isBefore(input.today, input.periodOfCareStart)) {
    throw new RangeError(`today (${input.today}) is before the period of care started (${input.periodOfCareStart})`);
  }
  const next = schedule(input.periodOfCareStart, relevantReviews(input), policy, calendar);
  return { ...next, status: statusOf(next.dueBy, input.today, policy.dueSoonWorkingDays, calendar) };
}

/** The next review as the recorded facts alone decide it: everything of nextReviewDue but the status. */
export type ScheduledReview = Omit<NextReviewDue, 'status'>;

/**
 * The next review from the recorded facts only (the period of care, the reviews held, the authority's setting):
 * what care-planning stores when a fact changes, so no read recomputes the rule. Every review held on or after the
 * period started counts (a review is never recorded as held on a day still to come). The status, which depends on
 * today, is `reviewStatusOn`.
 */
export function scheduledReview(input: Omit<NextReviewInput, 'today'>): ScheduledReview {
  const calendar = input.calendar ?? ENGLAND_CALENDAR;
  const reviews = relevantReviews({ ...input, today: '9999-12-31' as IsoDate });
  return schedule(input.periodOfCareStart, reviews, policyOf(input.policy), calendar);
}

/**
 * The first day no longer "due soon" as of today: a due date on or after today is due soon when fewer than this
 * day's working days separate them. Worked out once per request, so each child's status is two comparisons.
 */
export function dueSoonUntil(
  today: IsoDate,
  dueSoonWorkingDays: number = DEFAULT_DUE_SOON_WORKING_DAYS,
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): IsoDate {
  // workingDaysBetween(today, d) <= n exactly when d comes before the (n + 1)th working day after today.
  return addWorkingDays(today, dueSoonWorkingDays + 1, calendar);
}

/** nextReviewDue's status from a stored due date: overdue after it, due soon before `dueSoonUntil(today)`. */
export function reviewStatusOn(dueBy: IsoDate, today: IsoDate, soonUntil: IsoDate): ReviewStatus {
  if (dueBy < today) return 'overdue';
  return dueBy < soonUntil ? 'due_soon' : 'on_track';
}

function policyOf(policy: Partial<ReviewSchedulePolicy> | undefined): ReviewSchedulePolicy {
  return {
    additionalReviewRestartsCycle: policy?.additionalReviewRestartsCycle ?? false,
    dueSoonWorkingDays: policy?.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS,
  };
}

function schedule(
  periodOfCareStart: IsoDate,
  reviews: readonly ReviewHeld[],
  policy: ReviewSchedulePolicy,
  calendar: HolidayCalendar,
): ScheduledReview {
  // The first-review date is only worked out when it matters, so a child looked after since before the
  // calendar's coverage still gets a schedule from their later reviews.
  let due: Due | null = null;
  const running = (): Due => (due ??= firstReviewDue(periodOfCareStart, calendar));
  let statutoryHeld = 0;
  reviews.forEach((review, index) => {
    const allHeld = index + 1;
    if (policy.additionalReviewRestartsCycle) {
      // Every review is a reg 33 review, so the interval follows the count of all reviews held.
      const note =
        review.kind === 'additional' ? '; local authority setting: an additional review restarts the cycle' : '';
      due = dueAfter(review, allHeld, note, calendar);
    } else if (review.kind === 'statutory') {
      // Counting only statutory reviews here: were an earlier additional review counted, a statutory second
      // review would get a 6-month interval instead of 3, i.e. the additional review would postpone the cycle.
      statutoryHeld += 1;
      due = dueAfter(review, statutoryHeld, '', calendar);
    } else {
      const fromAdditional = dueAfter(
        review,
        allHeld,
        '; earlier than the running cycle, which an additional review never postpones',
        calendar,
      );
      if (isBefore(fromAdditional.dueBy, running().dueBy)) due = fromAdditional;
    }
  });

  const next = running();
  return {
    ...next,
    latestWorkingDay: lastWorkingDayOnOrBefore(next.dueBy, calendar),
    reviewsCounted: reviews.length,
  };
}
