import { describeReviewParticipation } from '@lac/statutory';
import { DateScalar, Sensitive, type SubgraphContext, personById, redactFreeText } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Field, FieldResolver, Info, ObjectType, Resolver, Root } from 'type-graphql';
import { childById } from '../children/loaders';
import { settingsByLocalAuthority } from '../settings/settings';
import { decisionsByReview, invitationsByReview, viewsByReview } from './loaders';
import { ReviewDecision } from './review-decision.entity';
import { ConsultationRole, TimescaleStatus } from './review-enums';
import { ReviewInvitation } from './review-invitation.entity';
import { ReviewViews } from './review-views.entity';
import { Review } from './review.entity';
import { reviewTimescales } from './timescales';

@ObjectType({ description: 'One record timescale of a held review, with its basis.' })
export class RecordTimescale {
  @Field(() => DateScalar) dueBy: string;
  @Field({ description: 'The rule, the date counted from, the counting convention and the calendar version' })
  basis: string;
  @Field(() => DateScalar, { nullable: true }) completedOn: string | null;
  @Field(() => TimescaleStatus) status: TimescaleStatus;
}

@ObjectType({ description: 'Decisions circulated (5 working days by default) and the full record (20).' })
export class RecordTimescales {
  @Field(() => RecordTimescale) decisions: RecordTimescale;
  @Field(() => RecordTimescale) fullRecord: RecordTimescale;
}

/**
 * Every field here re-asks the policy through its label (review_record, child_private_to_iro) or, for the
 * consultation, per view: a Review is only ever reached through a child the caller is related to, but a field
 * must not rely on how it was reached.
 */
@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where the review is held; anything in it that would say where the child lives is removed for the family',
  })
  venue(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return redactFreeText(ctx, review.childId, review.venue);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the participation code means (SSDA903)' })
  @Sensitive('review_record')
  participationDescription(@Root() review: Review): string | null {
    return review.participationCode ? (describeReviewParticipation(review.participationCode) ?? null) : null;
  }

  @FieldResolver(() => [ReviewDecision], { nullable: true, description: 'The decisions made at the meeting' })
  @Sensitive('review_record')
  decisions(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<ReviewDecision[]> {
    return decisionsByReview(ctx).load(review.id);
  }

  @FieldResolver(() => [ReviewInvitation], {
    nullable: true,
    description: 'Who was invited when the review was planned',
  })
  @Sensitive('review_record')
  async invitations(
    @Root() review: Review,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReviewInvitation[]> {
    const all = await invitationsByReview(ctx).load(review.id);
    const carers = all.filter((i) => i.role === 'carer');
    // Imperative on purpose: a second label applies to some rows only. The record's readers include the manager
    // and the guardian, who may not know who the carers are, so carers' invitations need `carer_identity` too.
    if (carers.length === 0 || (await ctx.access.readSensitive(review.childId, 'carer_identity', info))) {
      return all;
    }
    return all.filter((i) => i.role !== 'carer');
  }

  @FieldResolver(() => RecordTimescales, { nullable: true, description: 'Null until the meeting is held' })
  @Sensitive('review_record')
  async recordTimescales(@Root() review: Review, @Ctx() ctx: SubgraphContext): Promise<RecordTimescales | null> {
    if (!review.heldOn) return null;
    const child = await childById(ctx).load(review.childId);
    if (!child) return null;
    const settings = await settingsByLocalAuthority(ctx).load(child.localAuthorityId);
    return reviewTimescales({ ...review, heldOn: review.heldOn }, settings, ctx.today);
  }

  @FieldResolver(() => [ReviewViews], {
    description:
      'Views sent before the review. Each person sees their own; the IRO sees all; the social worker sees the ' +
      "parents' and the carer's but never the child's.",
  })
  async consultation(
    @Root() review: Review,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReviewViews[]> {
    // Imperative on purpose: who sees a row depends on the row — their own views (anyone related), others' views
    // (`consultation_views`), the child's among them (`child_private_to_iro` as well).
    const relationship = await ctx.access.relationshipTo(review.childId);
    if (!relationship) return [];
    const all = await viewsByReview(ctx).load(review.id);
    const own = all.filter((v) => v.personId === ctx.actor.personId);
    const rest = all.filter((v) => v.personId !== ctx.actor.personId);
    const others =
      rest.length > 0 && (await ctx.access.readSensitive(review.childId, 'consultation_views', info)) ? rest : [];
    const childsVisible =
      others.some((v) => v.role === ConsultationRole.CHILD) &&
      (await ctx.access.readSensitive(review.childId, 'child_private_to_iro', info));
    const visible = [...own, ...others.filter((v) => v.role !== ConsultationRole.CHILD || childsVisible)];
    if (visible.length > 0) await ctx.access.read(review.childId, info);
    return visible;
  }
}

@Resolver(() => ReviewViews)
export class ReviewViewsResolver {
  @FieldResolver(() => String, { description: 'When they were last sent (ISO 8601)' })
  submittedAt(@Root() views: ReviewViews): string {
    return new Date(views.submittedAt).toISOString();
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who sent them' })
  async from(@Root() views: ReviewViews, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return (await personById(ctx).load(views.personId))?.displayName ?? null;
  }
}

@Resolver(() => ReviewInvitation)
export class ReviewInvitationResolver {
  @FieldResolver(() => Boolean, { description: 'Whether they have sent their views (child, parents, carer)' })
  async viewsSent(@Root() invitation: ReviewInvitation, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    if (!invitation.personId) return false;
    return (await viewsByReview(ctx).load(invitation.reviewId)).some((v) => v.personId === invitation.personId);
  }
}
