import type { SubgraphContext } from '@lac/subgraph-kit';
import { type DriftFinding, drift } from './drift';
import { heldReviewFactsByChild } from '../reviews/loaders';
import { outcomesByRecommendation } from './loaders';
import type { Recommendation } from './recommendation.entity';

/** The drift rules applied to one recommendation with its history and the child's reviews, all from loaders. */
export async function driftOf(ctx: SubgraphContext, rec: Recommendation): Promise<DriftFinding[]> {
  const [history, reviews] = await Promise.all([
    outcomesByRecommendation(ctx).load(rec.id),
    heldReviewFactsByChild(ctx).load(rec.childId),
  ]);
  return drift({
    status: rec.status,
    originalDueDate: rec.originalDueDate,
    history,
    reviewsHeld: reviews.map((r) => ({ id: r.id, heldOn: r.heldOn })),
    today: ctx.today,
  });
}
