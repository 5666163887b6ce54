import type { SubgraphModule } from '@lac/subgraph-kit';
import { ChildRecommendationsResolver } from './child-recommendations.resolver';
import { Recommendations1795000001300 } from './migrations/1795000001300-Recommendations';
import { RecommendationMutations } from './mutations.resolver';
import { RecommendationOutcome } from './recommendation-outcome.entity';
import { Recommendation } from './recommendation.entity';
import { RecommendationOutcomeResolver, RecommendationResolver } from './recommendation.resolver';
import { ReviewRecommendationsResolver } from './review-recommendations.resolver';

/** A review's recommendations, their outcomes and drift. */
export const recommendations: SubgraphModule = {
  entities: [Recommendation, RecommendationOutcome],
  resolvers: [
    ChildRecommendationsResolver,
    ReviewRecommendationsResolver,
    RecommendationResolver,
    RecommendationOutcomeResolver,
    RecommendationMutations,
  ],
  migrations: [Recommendations1795000001300],
};
