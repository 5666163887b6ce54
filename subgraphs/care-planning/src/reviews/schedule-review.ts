import { badInput } from '@lac/subgraph-kit';
import { type EntityManager, IsNull } from 'typeorm';
import type { Child } from '../children/child.entity';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { inputDate } from '../validation';
import { peopleAroundChild } from './invitations';
import { ReviewInvitation } from './review-invitation.entity';
import { type AdditionalReviewReason, ReviewKind, ReviewState } from './review-enums';
import { Review } from './review.entity';

export interface ScheduleInput {
  date: string;
  time?: string | null;
  venue?: string | null;
  kind: ReviewKind;
  reason?: AdditionalReviewReason | null;
}

/** An additional review says why; a statutory one does not. Shared by planning and by recording unplanned. */
export function kindAndReason(
  kind: ReviewKind,
  reason: AdditionalReviewReason | null | undefined,
): AdditionalReviewReason | null {
  if (kind === ReviewKind.ADDITIONAL && !reason) {
    throw badInput('reason', 'REQUIRED', 'Choose why this additional review is being held');
  }
  if (kind === ReviewKind.STATUTORY && reason) {
    throw badInput(
      'reason',
      'INVALID',
      'A reason is only given for an additional review: choose ADDITIONAL or leave the reason out',
    );
  }
  return reason ?? null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A booked time is optional (a date alone still books the review) but, when given, a real 24-hour HH:MM. */
export function optionalTime(time: string | null | undefined): string | null {
  const text = (time ?? '').trim();
  if (!text) return null;
  if (!TIME.test(text)) throw badInput('time', 'INVALID', 'The time must be a real time written HH:MM, like 14:30');
  return text;
}

export function optionalVenue(venue: string | null | undefined): string | null {
  const text = (venue ?? '').trim();
  if (text.length > 200) throw badInput('venue', 'TOO_LONG', 'The venue must be 200 characters or fewer');
  return text || null;
}

/**
 * Plans the child's next review and invites the people around them as they are today. One planned review at a
 * time; it does not count in the schedule until its meeting is recorded.
 */
export async function scheduleReview(
  em: EntityManager,
  child: Child,
  input: ScheduleInput,
  by: string,
  today: string,
): Promise<Review> {
  const date = inputDate('date', input.date);
  if (date < today) {
    throw badInput(
      'date',
      'INVALID',
      `date must be today (${today}) or later: to record a review already held, record the meeting`,
    );
  }
  const reason = kindAndReason(input.kind, input.reason);
  const venue = optionalVenue(input.venue);
  const time = optionalTime(input.time);
  const open = await em.getRepository(PeriodOfCare).findOneBy({ childId: child.id, endDate: IsNull() });
  if (!open)
    throw badInput('date', 'OUTSIDE_PERIOD_OF_CARE', 'The child is not looked after now, so no review can be planned');
  const repo = em.getRepository(Review);
  const planned = await repo.findOneBy({ childId: child.id, status: ReviewState.PLANNED });
  if (planned) {
    throw badInput(
      'date',
      'OVERLAPS',
      `A review is already planned for ${planned.plannedFor}: record that meeting before planning another`,
    );
  }
  const review = await repo.save(
    repo.create({
      childId: child.id,
      status: ReviewState.PLANNED,
      kind: input.kind,
      reason,
      plannedFor: date,
      plannedTime: time,
      venue,
      recordedBy: by,
    }),
  );
  const invitees = await peopleAroundChild(em, child, today);
  await em
    .getRepository(ReviewInvitation)
    .insert(invitees.map((i, position) => ({ ...i, reviewId: review.id, position })));
  return review;
}
