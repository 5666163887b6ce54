import { DateScalar } from '@lac/subgraph-kit';
import { type NextReviewDue, nextReviewDue, parseIsoDate } from '@lac/statutory';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { PeriodOfCare } from '../periods/period-of-care.entity';
import { DEFAULT_SETTINGS, type LocalAuthoritySettings } from '../settings/settings';
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

@ObjectType({ description: 'When the next statutory review must be held, and why.' })
export class NextReview {
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
}

/**
 * The running period of care is the open one; without one the child is not looked after and nothing is due.
 * Only held reviews count; the local authority decides whether an additional review restarts the cycle.
 */
export function computeNextReview(
  periods: PeriodOfCare[],
  reviews: Review[],
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
  return toNextReview(due);
}

function toNextReview(due: NextReviewDue): NextReview {
  const { rule, from, convention, calendarVersion } = due.basis;
  return Object.assign(new NextReview(), {
    dueBy: due.dueBy,
    latestWorkingDay: due.latestWorkingDay,
    status: due.status as ReviewStatus,
    kind: due.kind,
    basis: `${rule}. Counted from ${from}. ${convention}. Calendar ${calendarVersion}.`,
  });
}
