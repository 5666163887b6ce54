import { badInput } from '@lac/subgraph-kit';
import { type EntityManager, IsNull } from 'typeorm';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { inputDate, notInFuture } from '../validation';
import { Review } from './review.entity';
import { recomputeReviewSchedule } from './stored-schedule';

/** A review can only be held while the child is looked after, and not on a day that has not come yet. */
export async function recordReviewHeld(
  em: EntityManager,
  input: { childId: string; heldOn: string; recordedBy: string },
  today: string,
): Promise<Review> {
  const heldOn = inputDate('heldOn', input.heldOn);
  notInFuture('heldOn', heldOn, today);
  const open = await em.getRepository(PeriodOfCare).findOneBy({ childId: input.childId, endDate: IsNull() });
  if (!open || heldOn < open.startDate) {
    throw badInput('heldOn', 'OUTSIDE_PERIOD_OF_CARE', 'heldOn must be during the current period of care');
  }
  const repo = em.getRepository(Review);
  if (await repo.existsBy({ childId: input.childId, heldOn })) {
    throw badInput('heldOn', 'OVERLAPS', `A review held on ${heldOn} is already recorded`);
  }
  const review = await repo.save(repo.create({ childId: input.childId, heldOn, recordedBy: input.recordedBy }));
  await recomputeReviewSchedule(em, [input.childId]);
  return review;
}
