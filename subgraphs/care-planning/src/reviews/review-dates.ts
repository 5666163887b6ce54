import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { inputDate, notInFuture } from '../validation';
import { ReviewState } from './review-enums';
import type { Review } from './review.entity';
import { updateReview } from './versioning';

/** When the IRO spoke to the child before the meeting: not in the future, and not after the meeting. */
export async function recordConversationWithChild(
  em: EntityManager,
  review: Review,
  on: string,
  by: string,
  today: string,
): Promise<void> {
  const date = inputDate('on', on);
  notInFuture('on', date, today);
  if (review.heldOn && date > review.heldOn) {
    throw badInput(
      'on',
      'INVALID',
      `on must be on or before the meeting (${review.heldOn}): this records speaking to the child beforehand`,
    );
  }
  await updateReview(em, review.id, null, { spokeToChildOn: date }, ['spokeToChildOn'], by);
}

/** Decisions circulated, or the full record completed: only for a held review, on or after the meeting. */
export async function recordTimescaleMet(
  em: EntityManager,
  review: Review,
  which: 'decisionsIssuedOn' | 'recordCompletedOn',
  on: string,
  by: string,
  today: string,
): Promise<void> {
  if (review.status !== ReviewState.HELD || !review.heldOn) {
    throw badInput(
      'reviewId',
      'INVALID_STATE',
      'Record the review meeting first: its timescales start when it is held',
    );
  }
  const date = inputDate('on', on);
  notInFuture('on', date, today);
  if (date < review.heldOn)
    throw badInput('on', 'END_BEFORE_START', `on cannot be before the meeting (${review.heldOn})`);
  await updateReview(em, review.id, null, { [which]: date }, [which], by);
}
