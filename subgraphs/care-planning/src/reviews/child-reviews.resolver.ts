import { Related, Sensitive, type SubgraphContext, isUuid } from '@lac/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { settingsByLocalAuthority } from '../settings/settings';
import { heldReviewFactsByChild, plannedReviewByChild, reviewById } from './loaders';
import { Review } from './review.entity';
import { overdueRecordCount } from './timescales';
import { NOT_COMPUTED } from '../children/not-computed';

@Resolver(() => Child)
export class ChildReviewsResolver {
  @Related()
  @FieldResolver(() => Review, { nullable: true, description: 'The review planned next, with its invitations' })
  async upcomingReview(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    return plannedReviewByChild(ctx).load(child.id);
  }

  @Related()
  @FieldResolver(() => Review, { nullable: true, description: "One of this child's reviews, planned or held" })
  async review(
    @Root() child: Child,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review | null> {
    if (!isUuid(id)) return null;
    const review = await reviewById(ctx).load(id);
    return review && review.childId === child.id ? review : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: `Held reviews whose decisions or full record are overdue. ${NOT_COMPUTED}`,
  })
  // Whether the IRO's paperwork is late is the professionals' business, like the record itself.
  @Sensitive('review_record', { hidden: 0 })
  async overdueReviewRecords(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    const [reviews, settings] = await Promise.all([
      heldReviewFactsByChild(ctx).load(child.id),
      settingsByLocalAuthority(ctx).load(child.localAuthorityId),
    ]);
    return overdueRecordCount(reviews, settings, ctx.today);
  }
}
