import { DateScalar, type SubgraphContext, Idempotent, IdempotencyKey } from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { allocate } from '../allocations/allocate';
import { mustBeIroOf } from '../allocations/iro-of-authority';
import { LegalStatus } from '../legal-status/legal-status.entity';
import { recordLegalStatus } from '../legal-status/record-legal-status';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { recordPeriodOfCare } from '../periods/record-period';
import { recordReviewHeld } from '../reviews/record-review';
import { Review } from '../reviews/review.entity';
import { Child } from './child.entity';
import { childForAction } from './child-for-action';

@InputType()
class PeriodOfCareInput {
  @Field(() => ID) childId: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { nullable: true, description: 'Leave empty while the period is open' })
  endDate?: string | null;
}

@InputType()
class LegalStatusInput {
  @Field(() => ID) childId: string;
  @Field({ description: 'SSDA903 legal status code' }) code: string;
  @Field(() => DateScalar) startDate: string;
}

@InputType()
class AllocationInput {
  @Field(() => ID) childId: string;
  @Field(() => ID) personId: string;
  @Field(() => DateScalar) from: string;
}

@InputType()
class ReviewHeldInput {
  @Field(() => ID) childId: string;
  @Field(() => DateScalar) heldOn: string;
}

/**
 * Each write: the policy first (a child the caller may not change is "not found"), then validation, then one
 * transaction, so bad input changes nothing.
 */
@Resolver()
export class CarePlanningMutations {
  @Mutation(() => PeriodOfCare)
  @Idempotent(PeriodOfCare)
  async recordPeriodOfCare(
    @Arg('input') input: PeriodOfCareInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PeriodOfCare> {
    await childForAction(ctx, input.childId, 'record_period_of_care');
    return ctx.db.transaction((em) => recordPeriodOfCare(em, input, ctx.today));
  }

  @Mutation(() => LegalStatus)
  @Idempotent(LegalStatus)
  async recordLegalStatus(
    @Arg('input') input: LegalStatusInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LegalStatus> {
    await childForAction(ctx, input.childId, 'record_legal_status');
    return ctx.db.transaction((em) => recordLegalStatus(em, input, ctx.today));
  }

  @Mutation(() => Child)
  async allocateIro(@Arg('input') input: AllocationInput, @Ctx() ctx: SubgraphContext): Promise<Child> {
    const child = await childForAction(ctx, input.childId, 'allocate_iro');
    await ctx.db.transaction(async (em) => {
      await mustBeIroOf(em, input.personId, child.localAuthorityId);
      await allocate(em, { ...input, role: 'iro' });
    });
    return child;
  }

  @Mutation(() => Review)
  @Idempotent(Review)
  async recordReviewHeld(
    @Arg('input') input: ReviewHeldInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Review> {
    await childForAction(ctx, input.childId, 'record_review_held');
    return ctx.db.transaction((em) => recordReviewHeld(em, { ...input, recordedBy: ctx.actor.personId }, ctx.today));
  }
}
