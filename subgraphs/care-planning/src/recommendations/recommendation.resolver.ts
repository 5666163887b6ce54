import { DateScalar, Sensitive, type SubgraphContext, Person, personById } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Review } from '../reviews/review.entity';
import { mayReadRecommendations } from './access';
import { longDate } from '@lac/statutory';
import { driftOf } from './drift-of';
import { outcomesByRecommendation, reviewById } from './loaders';
import { RecommendationOutcome } from './recommendation-outcome.entity';
import { Recommendation } from './recommendation.entity';
import { Drift, type DriftReason, RecommendationOwner } from './types';

// Each field re-asks the policy rather than trusting how the recommendation was reached.

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => RecommendationOwner)
  async owner(
    @Root() rec: Recommendation,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RecommendationOwner> {
    const person =
      rec.ownerPersonId && (await mayReadRecommendations(ctx, rec.childId, info))
        ? await personById(ctx).load(rec.ownerPersonId)
        : null;
    return Object.assign(new RecommendationOwner(), {
      person,
      role: rec.ownerRole,
      display: person?.displayName ?? rec.ownerRole ?? 'Unknown person',
    });
  }

  @Sensitive('review_recommendations')
  @FieldResolver(() => Review, { nullable: true, description: 'The review it was made at' })
  async madeAt(@Root() rec: Recommendation, @Ctx() ctx: SubgraphContext): Promise<Review | null> {
    return reviewById(ctx).load(rec.madeAtReviewId);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'When the review it was made at was held' })
  async madeOn(@Root() rec: Recommendation, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return (await this.madeAt(rec, ctx))?.heldOn ?? null;
  }

  @FieldResolver(() => String, { description: 'Where the current due date comes from' })
  async dueDateBasis(@Root() rec: Recommendation, @Ctx() ctx: SubgraphContext): Promise<string> {
    const history = await this.history(rec, ctx);
    const moved = [...history].reverse().find((o) => o.newDueDate);
    if (moved) return `New due date given when carried forward at the review on ${longDate(moved.heldOn)}.`;
    const made = await this.madeOn(rec, ctx);
    return made
      ? `Set by the IRO when it was made at the review on ${longDate(made)}.`
      : 'Set by the IRO when it was made.';
  }

  @Sensitive('review_recommendations')
  @FieldResolver(() => [RecommendationOutcome], {
    description: 'Outcomes recorded at later reviews, oldest first: the chain.',
  })
  async history(@Root() rec: Recommendation, @Ctx() ctx: SubgraphContext): Promise<RecommendationOutcome[]> {
    return outcomesByRecommendation(ctx).load(rec.id);
  }

  @Sensitive('review_recommendations')
  @FieldResolver(() => [Drift], { description: 'Why it is drifting, if it is; computed, never typed.' })
  async drift(@Root() rec: Recommendation, @Ctx() ctx: SubgraphContext): Promise<Drift[]> {
    return (await driftOf(ctx, rec)).map((d) =>
      Object.assign(new Drift(), { reason: d.reason as DriftReason, explanation: d.explanation }),
    );
  }
}

@Resolver(() => RecommendationOutcome)
export class RecommendationOutcomeResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The IRO who recorded it' })
  async recordedBy(
    @Root() outcome: RecommendationOutcome,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person | null> {
    if (!(await this.review(outcome, ctx, info))) return null;
    return personById(ctx).load(outcome.recordedBy);
  }

  @FieldResolver(() => String, { description: 'When it was recorded (ISO 8601)' })
  recordedAt(@Root() outcome: RecommendationOutcome): string {
    return outcome.recordedAt.toISOString();
  }

  @FieldResolver(() => Review, { nullable: true, description: 'The review it was recorded at' })
  async review(
    @Root() outcome: RecommendationOutcome,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Review | null> {
    const review = await reviewById(ctx).load(outcome.reviewId);
    if (!review || !(await mayReadRecommendations(ctx, review.childId, info))) return null;
    return review;
  }
}
