import { badInput } from '@lac/subgraph-kit';
import { isIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import type { Placement } from '../placements/placement.entity';
import { SocialWorkerVisit } from './visit.entity';

/** A visit happened during the placement, on a real day not after today. */
export async function recordVisit(
  em: EntityManager,
  placement: Placement,
  input: { visitedOn: string; seenAlone: boolean },
  recordedBy: string,
  today: string,
): Promise<SocialWorkerVisit> {
  const on = input.visitedOn;
  if (!isIsoDate(on)) throw badInput('visitedOn', 'INVALID_DATE', 'visitedOn must be a real date written YYYY-MM-DD');
  if (on > today) throw badInput('visitedOn', 'DATE_IN_FUTURE', `A visit cannot be recorded ahead (today is ${today})`);
  if (on < placement.startDate || (placement.endDate !== null && on > placement.endDate)) {
    throw badInput(
      'visitedOn',
      'INVALID',
      `The visit must fall within the placement (${placement.startDate} to ${placement.endDate ?? 'now'})`,
    );
  }
  const repo = em.getRepository(SocialWorkerVisit);
  return repo.save(
    repo.create({
      placementId: placement.id,
      childId: placement.childId,
      visitedOn: on,
      seenAlone: input.seenAlone,
      recordedBy,
    }),
  );
}
