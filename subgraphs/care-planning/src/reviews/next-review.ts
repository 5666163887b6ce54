import { DateScalar, Sensitive } from '@lac/subgraph-kit';
import {
  type IsoDate,
  type NextReviewDue,
  type ReviewDueKind,
  dueSoonUntil,
  nextReviewDue,
  parseIsoDate,
  reviewStatusOn,
  toDayNumber,
} from '@lac/statutory';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PeriodOfCare } from '../periods/period-of-care.entity';
import { DEFAULT_SETTINGS, type LocalAuthoritySettings } from '../settings/settings';
import { BookedReview } from './booked-review.type';
import { plainReviewBasis } from './next-review-words';
import { ReviewKind, ReviewState } from './review-enums';
import type { Review } from './review.entity';

export enum ReviewStatus {
  OVERDUE = 'overdue',
  DUE_SOON = 'due_soon',
  ON_TRACK = 'on_track',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Overdue; due within 15 working days; or on track',
});

/**
 * The two facts every page shows about the next review, from one place: when it must be held by (with its basis)
 * and when it is booked. Whether the booking is late is the professionals' oversight, like the review record.
 */
@ObjectType({ description: 'When the next statutory review must be held by, why, and when it is booked.' })
export class NextReview {
  /** For the access label on the lateness fields (SensitiveSubject). */
  childId: string;

  @Field(() => DateScalar, { description: 'The statutory latest date' })
  dueBy: string;

  @Field(() => DateScalar, {
    description: 'The last working day on or before dueBy: the practical latest date to meet',
  })
  latestWorkingDay: string;

  @Field(() => ReviewStatus)
  status: ReviewStatus;

  @Field({ description: 'first, second or subsequent' })
  kind: string;

  @Field({ description: 'The rule, the date counted from, the counting convention and the calendar version' })
  basis: string;

  @Field({ description: 'The same rule in plain words for a young person or a family: no regulation numbers' })
  plainBasis: string;

  @Field(() => BookedReview, { nullable: true, description: 'The review booked next; null while none is booked' })
  booked: BookedReview | null;

  @Field({ description: 'The booked date is after dueBy. Professionals only; false for anyone else.' })
  @Sensitive('review_record')
  bookedAfterDueBy: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Calendar days from dueBy to the booked date, when booked after it. Professionals only.',
  })
  @Sensitive('review_record')
  daysLate: number | null;
}

/**
 * The running period of care is the open one; without one the child is not looked after and nothing is due.
 * Only held reviews count; the local authority decides whether an additional review restarts the cycle. The
 * planned review never moves the due date (decision 9): it is the booking, shown beside it.
 */
export function computeNextReview(
  childId: string,
  periods: PeriodOfCare[],
  reviews: Review[],
  planned: Review | null,
  today: string,
  settings: Pick<LocalAuthoritySettings, 'additionalReviewRestartsCycle'> = DEFAULT_SETTINGS,
): NextReview | null {
  const open = periods.find((p) => p.endDate === null);
  if (!open) return null;
  const due = nextReviewDue({
    periodOfCareStart: parseIsoDate(open.startDate),
    reviewsHeld: reviews
      .filter((r) => r.status === ReviewState.HELD && r.heldOn)
      .map(
        (r) =>
          ({
            heldOn: parseIsoDate(r.heldOn),
            kind: r.kind === ReviewKind.ADDITIONAL ? 'additional' : 'statutory',
          }) as const,
      ),
    today: parseIsoDate(today),
    policy: { additionalReviewRestartsCycle: settings.additionalReviewRestartsCycle },
  });
  return toNextReview(childId, due, planned);
}

/** What the next review shows of the review booked: a planned `Review` or its booking columns alone. */
export type BookedReviewRow = Pick<Review, 'id' | 'plannedFor' | 'plannedTime' | 'venue'>;

/** A row of `care_planning.review_schedule`, as the loader reads it. */
export interface ScheduleRow {
  childId: string;
  /** The start of the open period of care: a row exists only while the child is looked after. */
  periodStart: string;
  /** The newest review held in the open period, as stored with the schedule; null before the first. */
  lastReviewHeld: string | null;
  dueBy: string | null;
  latestWorkingDay: string | null;
  kind: string | null;
  rule: string | null;
  countedFrom: string | null;
  convention: string | null;
  calendarVersion: string | null;
  problem: string | null;
}

/** Thrown for one child whose recorded dates the rules cannot count from; the rest of the page still renders. */
export class ScheduleProblem extends Error {
  override name = 'ScheduleProblem';
}

/**
 * The next review from its stored row (written whenever a fact it depends on changes): the status is the one thing
 * that depends on today, so it is two date comparisons here, never the rule again. Null when not looked after now.
 */
export function nextReviewFromSchedule(
  row: ScheduleRow | null,
  planned: BookedReviewRow | null,
  today: string,
): NextReview | null {
  if (!row) return null;
  if (row.problem !== null || row.dueBy === null) throw new ScheduleProblem(row.problem ?? 'No due date stored');
  const dueBy = row.dueBy as IsoDate;
  const due: NextReviewDue = {
    dueBy,
    latestWorkingDay: row.latestWorkingDay as IsoDate,
    kind: row.kind as ReviewDueKind,
    basis: {
      rule: row.rule ?? '',
      from: row.countedFrom as IsoDate,
      convention: row.convention ?? '',
      calendarVersion: row.calendarVersion ?? '',
    },
    status: reviewStatusOn(dueBy, today as IsoDate, soonUntil(today)),
    reviewsCounted: 0,
  };
  return toNextReview(row.childId, due, planned);
}

// "Due soon" ends on the same day for every child on a given day: worked out once per day, not per child.
const soonByToday = new Map<string, IsoDate>();
export function soonUntil(today: string): IsoDate {
  const known = soonByToday.get(today);
  if (known !== undefined) return known;
  if (soonByToday.size > 8) soonByToday.clear();
  const until = dueSoonUntil(parseIsoDate(today));
  soonByToday.set(today, until);
  return until;
}

function toNextReview(childId: string, due: NextReviewDue, planned: BookedReviewRow | null): NextReview {
  const { rule, from, convention, calendarVersion } = due.basis;
  const booked = planned?.plannedFor
    ? Object.assign(new BookedReview(), {
        reviewId: planned.id,
        childId,
        date: planned.plannedFor,
        time: planned.plannedTime,
        venue: planned.venue,
      })
    : null;
  const late = booked ? toDayNumber(parseIsoDate(booked.date)) - toDayNumber(due.dueBy) : 0;
  return Object.assign(new NextReview(), {
    childId,
    dueBy: due.dueBy,
    latestWorkingDay: due.latestWorkingDay,
    status: due.status as ReviewStatus,
    kind: due.kind,
    basis: `${rule}. Counted from ${from}. ${convention}. Calendar ${calendarVersion}.`,
    plainBasis: plainReviewBasis(due.kind, from),
    booked,
    bookedAfterDueBy: late > 0,
    daysLate: late > 0 ? late : null,
  });
}
