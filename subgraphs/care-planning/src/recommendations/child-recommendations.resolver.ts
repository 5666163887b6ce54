import { Sensitive, type SubgraphContext } from '@lac/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { heldReviewFactsByChild } from '../reviews/loaders';
import { drift } from './drift';
import { openRecommendationFactsByChild, recommendationsByChild } from './loaders';
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
    // The open ones' plain rows, as the drift count reads them: a caseload asking both reads the table once.
    return (await openRecommendationFactsByChild(ctx).load(child.id)).length;
  }

  @Sensitive('review_recommendations', { hidden: 0 })
  @FieldResolver(() => Int, {
    nullable: true,
    description: `Open recommendations with at least one drift reason. ${NOT_COMPUTED}`,
  })
  async driftingRecommendationCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    // The same rules as each recommendation's `drift` (drift-of.ts), over plain rows of the open ones only.
    const [open, reviews] = await Promise.all([
      openRecommendationFactsByChild(ctx).load(child.id),
      heldReviewFactsByChild(ctx).load(child.id),
    ]);
    const reviewsHeld = reviews.map((r) => ({ id: r.id, heldOn: r.heldOn }));
    return open.filter(
      (r) =>
        drift({
          status: 'open',
          originalDueDate: r.originalDueDate,
          history: r.history,
          reviewsHeld,
          today: ctx.today,
        }).length > 0,
    ).length;
  }
}
