import type { SubgraphContext } from '@lac/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { reviewsByChild } from '../children/loaders';
import { isUuid, relationshipOrNull } from '../children/visible';
import { settingsByLocalAuthority } from '../settings/settings';
import { plannedReviewByChild, reviewById } from './loaders';
import { Review } from './review.entity';
import { hasOverdueRecord } from './timescales';

@Resolver(() => Child)
export class ChildReviewsResolver {
  @FieldResolver(() => Review, { nullable: true, description: 'The review planned next, with its invitations' })
  async upcomingReview(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    if (!(await relationshipOrNull(ctx, child))) return null;
    return plannedReviewByChild(ctx).load(child.id);
  }

  @FieldResolver(() => Review, { nullable: true, description: "One of this child's reviews, planned or held" })
  async review(@Root() child: Child, @Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    if (!isUuid(id) || !(await relationshipOrNull(ctx, child))) return null;
    const review = await reviewById(ctx).load(id);
    return review && review.childId === child.id ? review : null;
  }

  @FieldResolver(() => Int, { description: 'Held reviews whose decisions or full record are overdue' })
  async overdueReviewRecords(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number> {
    // Whether the IRO's paperwork is late is the professionals' business, like the record itself.
    if (!(await ctx.access.readSensitive(child.id, 'review_record', 'Child.overdueReviewRecords'))) return 0;
    const [reviews, settings] = await Promise.all([
      reviewsByChild(ctx).load(child.id),
      settingsByLocalAuthority(ctx).load(child.localAuthorityId),
    ]);
    return reviews.filter((r) => hasOverdueRecord(r, settings, ctx.today)).length;
  }
}
