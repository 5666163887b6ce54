import { Sensitive, type SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Review } from '../reviews/review.entity';
import { outcomesByReview, recommendationsByReview } from './loaders';
import { RecommendationOutcome } from './recommendation-outcome.entity';
import { Recommendation } from './recommendation.entity';

@Resolver(() => Review)
export class ReviewRecommendationsResolver {
  @Sensitive('review_recommendations')
  @FieldResolver(() => [Recommendation], { description: 'Recommendations made at this review.' })
  async recommendations(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<Recommendation[]> {
    return recommendationsByReview(ctx).load(review.id);
  }

  @Sensitive('review_recommendations')
  @FieldResolver(() => [RecommendationOutcome], {
    description: 'Outcomes recorded at this review for recommendations made at earlier ones.',
  })
  async outcomesRecorded(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<RecommendationOutcome[]> {
    return outcomesByReview(ctx).load(review.id);
  }
}
