import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { HeldReview } from '../reviews/review.entity';
import { Recommendation } from './recommendation.entity';
import { RecommendationStatus } from './types';
import { type NewRecommendationFields, checkNewRecommendation } from './validate';

/** A recommendation made at a held review of the child; nothing is saved unless it names owner, date and monitoring. */
export async function addRecommendation(
  em: EntityManager,
  review: HeldReview,
  input: NewRecommendationFields,
  createdBy: string,
): Promise<Recommendation> {
  const checked = checkNewRecommendation(input, review.heldOn);
  if (checked.ownerPersonId) {
    const people: unknown[] = await em.query('SELECT 1 FROM access.people WHERE id = $1', [checked.ownerPersonId]);
    if (people.length === 0)
      throw badInput('owner', 'INVALID', 'Choose the owner from the list of people, or type a role');
  }
  const repo = em.getRepository(Recommendation);
  return repo.save(
    repo.create({
      childId: review.childId,
      madeAtReviewId: review.id,
      text: checked.text,
      ownerPersonId: checked.ownerPersonId,
      ownerRole: checked.ownerRole,
      originalDueDate: checked.dueDate,
      dueDate: checked.dueDate,
      monitoring: checked.monitoring,
      status: RecommendationStatus.OPEN,
      version: 1,
      createdBy,
    }),
  );
}
