import {
  DateScalar,
  type SubgraphContext,
  badInput,
  isUuid,
  loadForAction,
  Idempotent,
  IdempotencyKey,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { type HeldReview, isHeld } from '../reviews/review.entity';
import { addRecommendation } from './add-recommendation';
import { recommendationById, reviewById } from './loaders';
import { recordOutcome } from './record-outcome';
import { Recommendation } from './recommendation.entity';
import { RecommendationOutcomeKind } from './types';
import { checkOutcome } from './validate';
import { childForAction } from '../children/child-for-action';

@InputType()
class AddRecommendationInput {
  @Field(() => ID) childId: string;
  @Field(() => ID, { description: 'The held review it is made at' }) reviewId: string;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => ID, { nullable: true, description: 'The owner, as a person; or give ownerRole' }) ownerPersonId?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The owner, as a role such as "Social worker"; or give ownerPersonId',
  })
  ownerRole?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Not before the review' }) dueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'How it will be monitored' }) monitoring?: string | null;
}

@InputType()
class RecordRecommendationOutcomeInput {
  @Field(() => ID) recommendationId: string;
  @Field(() => ID, { description: 'A review of the child held after the one the recommendation was made at' })
  reviewId: string;
  @Field(() => Int, { description: 'The version you read; a CONFLICT if someone has changed it since' })
  expectedVersion: number;
  @Field(() => RecommendationOutcomeKind) outcome: RecommendationOutcomeKind;
  @Field(() => String, {
    nullable: true,
    description: 'Required when carried forward (why not achieved) or dropped (why)',
  })
  reason?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only when carried forward' }) newDueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Progress made; only when carried forward' }) progress?:
    string | null;
}

/** Policy first (what the caller may not change is "not found"), then validation, then one transaction. */
@Resolver()
export class RecommendationMutations {
  @Mutation(() => Recommendation, { description: 'The IRO records a recommendation made at a held review.' })
  @Idempotent(Recommendation)
  async addRecommendation(
    @Arg('input') input: AddRecommendationInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Recommendation> {
    await childForAction(ctx, input.childId, 'add_recommendation');
    const review = await this.reviewOf(ctx, input.reviewId, input.childId);
    return ctx.db.transaction((em) => addRecommendation(em, review, input, ctx.actor.personId));
  }

  @Mutation(() => Recommendation, {
    description: 'The IRO records, at a later review, what became of an open recommendation.',
  })
  async recordRecommendationOutcome(
    @Arg('input') input: RecordRecommendationOutcomeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Recommendation> {
    // Today's message for an unknown or forbidden recommendation is "Child not found"; kept so clients see no change.
    const { row: rec } = await loadForAction(
      ctx,
      'Child',
      input.recommendationId,
      (id) => recommendationById(ctx).load(id),
      (r) => r.childId,
      'record_recommendation_outcome',
    );
    const review = await this.reviewOf(ctx, input.reviewId, rec.childId);
    const outcome = checkOutcome(input, review.heldOn);
    return ctx.db.transaction((em) =>
      recordOutcome(em, {
        recommendationId: rec.id,
        review,
        expectedVersion: input.expectedVersion,
        outcome,
        recordedBy: ctx.actor.personId,
      }),
    );
  }

  private async reviewOf(ctx: SubgraphContext, reviewId: string, childId: string): Promise<HeldReview> {
    const review = isUuid(reviewId) ? await reviewById(ctx).load(reviewId) : null;
    // A planned review has not happened: recommendations are made, and outcomes recorded, at meetings held.
    if (!review || review.childId !== childId || !isHeld(review)) {
      throw badInput('reviewId', 'INVALID', 'Choose a review held for this child');
    }
    return review;
  }
}
