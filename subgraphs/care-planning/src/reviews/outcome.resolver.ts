import { type RelationshipKind, outcomeAudiences } from '@lac/access';
import { DateScalar, type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Field, FieldResolver, Info, ObjectType, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { redactOutcome } from './free-text';
import { decisionsByReview } from './loaders';
import { ReviewDecision } from './review-decision.entity';
import { ReviewPublication } from './review-publication.entity';
import { Review } from './review.entity';

@ObjectType({ description: 'A version of the outcome for one audience' })
export class OutcomeVersion {
  @Field({ description: 'The letter to the child, or the parent or carer summary' }) text: string;
  @Field(() => [ReviewDecision]) decisions: ReviewDecision[];
}

@ObjectType({
  description:
    "The published outcome of a review, as the caller's relationship allows: the young person their letter, a parent " +
    "with PR the parent version, the carer the carer version, the professionals all three. Never the child's private words.",
})
export class ReviewOutcome {
  @Field(() => DateScalar) publishedOn: string;
  @Field(() => OutcomeVersion, { nullable: true }) childLetter: OutcomeVersion | null;
  @Field(() => OutcomeVersion, { nullable: true }) parentVersion: OutcomeVersion | null;
  @Field(() => OutcomeVersion, { nullable: true }) carerVersion: OutcomeVersion | null;
}

export function latestPublicationByReview(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ReviewPublication | null>('ReviewPublication', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(ReviewPublication).find({ where: { reviewId: In([...ids]) }, order: { id: 'DESC' } }),
      (p) => p.reviewId,
    ).map((rows) => rows[0] ?? null),
  );
}

/** Which versions a relationship receives; built from the publication, so nothing else can leak into them. */
export function outcomeFor(
  relationship: RelationshipKind,
  publication: ReviewPublication,
  decisions: ReviewDecision[],
): ReviewOutcome | null {
  const audiences = outcomeAudiences(relationship);
  if (audiences.length === 0) return null;
  const version = (text: string | null, ids: string[]): OutcomeVersion | null =>
    text === null ? null : { text, decisions: decisions.filter((d) => ids.includes(d.id)) };
  return {
    publishedOn: new Date(publication.publishedAt).toISOString().slice(0, 10),
    childLetter: audiences.includes('child') ? version(publication.childLetter, publication.childDecisionIds) : null,
    parentVersion: audiences.includes('parent')
      ? version(publication.parentSummary, publication.parentDecisionIds)
      : null,
    carerVersion: audiences.includes('carer') ? version(publication.carerSummary, publication.carerDecisionIds) : null,
  };
}

@Resolver(() => Review)
export class ReviewOutcomeResolver {
  @FieldResolver(() => ReviewOutcome, {
    nullable: true,
    description: 'Null until published, and for anyone it was not published to',
  })
  async outcome(
    @Root() review: Review,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReviewOutcome | null> {
    // Imperative on purpose: which published versions the caller receives is decided by the relationship against
    // the publication row (OUTCOME_AUDIENCES), not by a yes/no label.
    const relationship = await ctx.access.relationshipTo(review.childId);
    if (!relationship) return null;
    const publication = await latestPublicationByReview(ctx).load(review.id);
    if (!publication) return null;
    const outcome = outcomeFor(relationship, publication, await decisionsByReview(ctx).load(review.id));
    if (!outcome) return null;
    await ctx.access.read(review.childId, info);
    return redactOutcome(ctx, review.childId, outcome);
  }
}
