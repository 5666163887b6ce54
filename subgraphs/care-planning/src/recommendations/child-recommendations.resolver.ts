import { Sensitive, type SubgraphContext } from '@lac/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { driftOf } from './drift-of';
import { recommendationsByChild } from './loaders';
import { Recommendation } from './recommendation.entity';
import { RecommendationStatus } from './types';
import { NOT_COMPUTED } from '../children/not-computed';

@Resolver(() => Child)
export class ChildRecommendationsResolver {
  @Sensitive('review_recommendations')
  @FieldResolver(() => [Recommendation], { description: 'Recommendations made at this child’s reviews, oldest first.' })
  async recommendations(
    @Root() child: Child,
    @Arg('status', () => RecommendationStatus, { nullable: true }) status: RecommendationStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Recommendation[]> {
    const all = await recommendationsByChild(ctx).load(child.id);
    return status ? all.filter((r) => r.status === status) : all;
  }

  @Sensitive('review_recommendations')
  @FieldResolver(() => Int, { description: 'Open recommendations (including those carried forward).' })
  async openRecommendationCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await recommendationsByChild(ctx).load(child.id)).filter((r) => r.status === RecommendationStatus.OPEN)
      .length;
  }

  @Sensitive('review_recommendations', { hidden: 0 })
  @FieldResolver(() => Int, {
    nullable: true,
    description: `Open recommendations with at least one drift reason. ${NOT_COMPUTED}`,
  })
  async driftingRecommendationCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    const open = (await recommendationsByChild(ctx).load(child.id)).filter(
      (r) => r.status === RecommendationStatus.OPEN,
    );
    const findings = await Promise.all(open.map((r) => driftOf(ctx, r)));
    return findings.filter((f) => f.length > 0).length;
  }
}
