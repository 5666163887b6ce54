import type { FieldInfo, SubgraphContext } from '@lac/subgraph-kit';

/**
 * Recommendations are the IRO's working record: the policy's `review_recommendations` label says who may read
 * them (professionals); fields use `@Sensitive('review_recommendations')`. This imperative form is for the two
 * fields whose answer is not simply hidden: `Recommendation.owner` (an object that always exists, whose person is
 * withheld) and `RecommendationOutcome.review` (whose child is known only from the review row it loads).
 */
export function mayReadRecommendations(ctx: SubgraphContext, childId: string, info: FieldInfo): Promise<boolean> {
  return ctx.access.readSensitive(childId, 'review_recommendations', info);
}
