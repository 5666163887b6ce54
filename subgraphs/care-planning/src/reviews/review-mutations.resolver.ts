import type { Action } from '@lac/access';
import {
  DateScalar,
  type SubgraphContext,
  Idempotent,
  IdempotencyKey,
  badInput,
  loadForAction,
  notFound,
  screenFreeText,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { childById } from '../children/loaders';
import { outcomeFreeText, venueFreeText } from './free-text';
import { decisionsByReview, reviewById } from './loaders';
import { publishReviewOutcome } from './publish-outcome';
import { recordReviewMeeting } from './record-meeting';
import { AdditionalReviewReason, ReviewKind } from './review-enums';
import { recordConversationWithChild, recordTimescaleMet } from './review-dates';
import { ReviewViews } from './review-views.entity';
import { Review } from './review.entity';
import { scheduleReview } from './schedule-review';
import { submitReviewViews } from './submit-views';
import { childForAction } from '../children/child-for-action';

@InputType()
class ScheduleReviewInput {
  @Field(() => ID) childId: string;
  @Field(() => DateScalar, { description: 'Today or later' }) date: string;
  @Field(() => String, { nullable: true, description: 'HH:MM, 24-hour' }) time?: string | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => ReviewKind) kind: ReviewKind;
  @Field(() => AdditionalReviewReason, { nullable: true, description: 'Required for an additional review' })
  reason?: AdditionalReviewReason | null;
}

@InputType()
class AttendeeInput {
  @Field() name: string;
  @Field() role: string;
}

@InputType()
class ReviewMeetingInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The planned (or held, to amend) review; leave out to record an unplanned one',
  })
  reviewId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For a review with no plan: the child' })
  childId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read; required with reviewId' })
  expectedVersion?: number | null;
  @Field(() => ReviewKind, { nullable: true, description: 'For a review with no plan; STATUTORY by default' })
  kind?: ReviewKind | null;
  @Field(() => AdditionalReviewReason, { nullable: true }) reason?: AdditionalReviewReason | null;
  @Field(() => DateScalar) heldOn: string;
  @Field() venue: string;
  @Field(() => [AttendeeInput]) attendees: AttendeeInput[];
  @Field({ description: 'SSDA903 PN0–PN7, valid for the child’s age on heldOn' }) participationCode: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true, description: 'What the child said to the IRO in private' })
  childPrivateWords?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When the child spoke to the IRO in private: not in the future, not before the child came into care, not ' +
      'after the meeting. Leave out to keep what is recorded; null to clear it.',
  })
  spokeToChildOn?: string | null;
  @Field(() => [String]) decisions: string[];
}

@InputType()
class PublishReviewOutcomeInput {
  @Field(() => ID) reviewId: string;
  @Field({ description: 'A plain-language letter to the child: what they asked for, what was decided and why' })
  childLetter: string;
  @Field(() => String, { nullable: true, description: 'Leave out to publish nothing to parents' }) parentSummary?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Leave out to publish nothing to the carer' }) carerSummary?:
    string | null;
  @Field(() => [ID]) childDecisionIds: string[];
  @Field(() => [ID]) parentDecisionIds: string[];
  @Field(() => [ID]) carerDecisionIds: string[];
}

@InputType()
class ReviewViewsInput {
  @Field(() => ID) reviewId: string;
  @Field() views: string;
}

/** Policy first (a review the caller may not act on is "not found", like an unknown one), then validation, then one transaction. */
@Resolver()
export class ReviewMutations {
  @Mutation(() => Review, { description: 'The IRO plans a review and invites the people around the child' })
  @Idempotent(Review)
  async scheduleReview(
    @Arg('input') input: ScheduleReviewInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    const child = await childForAction(ctx, input.childId, 'schedule_review');
    await screenFreeText(ctx, child.id, venueFreeText(input.venue));
    const review = await ctx.db.transaction((em) => scheduleReview(em, child, input, ctx.actor.personId, ctx.today));
    return this.fresh(ctx, review.id);
  }

  @Mutation(() => Review, { description: 'The IRO records the meeting; a planned review becomes held' })
  async recordReviewMeeting(@Arg('input') input: ReviewMeetingInput, @Ctx() ctx: SubgraphContext): Promise<Review> {
    if (input.reviewId) {
      const { review, child } = await this.reviewFor(ctx, input.reviewId, 'record_review_meeting');
      if (input.expectedVersion == null) {
        throw badInput(
          'expectedVersion',
          'REQUIRED',
          'Send the version of the review you read, so a newer save is not overwritten',
        );
      }
      const expectedVersion = input.expectedVersion;
      await screenFreeText(ctx, child.id, venueFreeText(input.venue));
      const id = await ctx.db.transaction((em) =>
        recordReviewMeeting(em, child, { review, expectedVersion }, input, ctx.actor.personId, ctx.today),
      );
      return this.fresh(ctx, id);
    }
    if (!input.childId)
      throw badInput('reviewId', 'REQUIRED', 'Give the planned review, or the child for a review that was not planned');
    const child = await childForAction(ctx, input.childId, 'record_review_meeting');
    const target = { review: null, kind: input.kind ?? ReviewKind.STATUTORY, reason: input.reason };
    await screenFreeText(ctx, child.id, venueFreeText(input.venue));
    const id = await ctx.db.transaction((em) =>
      recordReviewMeeting(em, child, target, input, ctx.actor.personId, ctx.today),
    );
    return this.fresh(ctx, id);
  }

  @Mutation(() => ReviewViews, {
    description: 'The young person, a parent with PR or the carer sends their views before the review',
  })
  @Idempotent(ReviewViews)
  async submitReviewViews(
    @Arg('input') input: ReviewViewsInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReviewViews> {
    const { relationship } = await this.reviewFor(ctx, input.reviewId, 'submit_review_views');
    const role = relationship as 'self' | 'parent' | 'carer';
    return ctx.db.transaction((em) => submitReviewViews(em, input, { personId: ctx.actor.personId, role }));
  }

  @Mutation(() => Review, { description: 'The IRO records when they spoke to the child before the meeting' })
  async recordConversationWithChild(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    const { review } = await this.reviewFor(ctx, reviewId, 'record_conversation_with_child');
    await ctx.db.transaction((em) => recordConversationWithChild(em, review, on, ctx.actor.personId, ctx.today));
    return this.fresh(ctx, review.id);
  }

  @Mutation(() => Review, { description: 'The IRO records the day the decisions were circulated' })
  async markDecisionsIssued(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    const { review } = await this.reviewFor(ctx, reviewId, 'record_review_timescales');
    await ctx.db.transaction((em) =>
      recordTimescaleMet(em, review, 'decisionsIssuedOn', on, ctx.actor.personId, ctx.today),
    );
    return this.fresh(ctx, review.id);
  }

  @Mutation(() => Review, { description: 'The IRO records the day the full written record was completed' })
  async completeReviewRecord(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    const { review } = await this.reviewFor(ctx, reviewId, 'record_review_timescales');
    await ctx.db.transaction((em) =>
      recordTimescaleMet(em, review, 'recordCompletedOn', on, ctx.actor.personId, ctx.today),
    );
    return this.fresh(ctx, review.id);
  }

  @Mutation(() => Review, {
    description: "The IRO publishes the outcome: the child's letter, the parent and carer versions",
  })
  async publishReviewOutcome(
    @Arg('input') input: PublishReviewOutcomeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    const { review } = await this.reviewFor(ctx, input.reviewId, 'publish_review_outcome');
    await screenFreeText(ctx, review.childId, outcomeFreeText(input, await decisionsByReview(ctx).load(review.id)));
    await ctx.db.transaction((em) => publishReviewOutcome(em, review, input, ctx.actor.personId));
    return this.fresh(ctx, review.id);
  }

  /** The review, its child and the caller's relationship, or NOT_FOUND identical for unknown and forbidden. */
  private async reviewFor(ctx: SubgraphContext, reviewId: string, action: Action) {
    const { row: review, relationship } = await loadForAction(
      ctx,
      'Review',
      reviewId,
      (id) => reviewById(ctx).load(id),
      (r) => r.childId,
      action,
    );
    const child = await childById(ctx).load(review.childId);
    if (!child) throw notFound('Review');
    return { review, child, relationship };
  }

  private async fresh(ctx: SubgraphContext, id: string): Promise<Review> {
    return ctx.db.getRepository(Review).findOneByOrFail({ id });
  }
}
