import type { SubgraphContext } from '@lac/subgraph-kit';

/**
 * Recommendations are the IRO's working record: the policy's `review_recommendations` label says who may read
 * them (professionals). Anyone else gets empty lists and zero counts, exactly as for a child with none.
 */
export function mayReadRecommendations(ctx: SubgraphContext, childId: string, what: string): Promise<boolean> {
  return ctx.access.readSensitive(childId, 'review_recommendations', what);
}
