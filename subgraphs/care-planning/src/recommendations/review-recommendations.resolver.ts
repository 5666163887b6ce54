import type { SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Review } from '../reviews/review.entity';
import { mayReadRecommendations } from './access';
import { outcomesByReview, recommendationsByReview } from './loaders';
import { RecommendationOutcome } from './recommendation-outcome.entity';
import { Recommendation } from './recommendation.entity';

@Resolver(() => Review)
export class ReviewRecommendationsResolver {
  @FieldResolver(() => [Recommendation], { description: 'Recommendations made at this review.' })
  async recommendations(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<Recommendation[]> {
    if (!(await mayReadRecommendations(ctx, review.childId, 'Review.recommendations'))) return [];
    return recommendationsByReview(ctx).load(review.id);
  }

  @FieldResolver(() => [RecommendationOutcome], {
    description: 'Outcomes recorded at this review for recommendations made at earlier ones.',
  })
  async outcomesRecorded(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<RecommendationOutcome[]> {
    if (!(await mayReadRecommendations(ctx, review.childId, 'Review.outcomesRecorded'))) return [];
    return outcomesByReview(ctx).load(review.id);
  }
}
