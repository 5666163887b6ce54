import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { ReviewDecision } from './review-decision.entity';
import { ReviewState } from './review-enums';
import { ReviewInvitation } from './review-invitation.entity';
import { ReviewViews } from './review-views.entity';
import { Review } from './review.entity';

// Per request, one statement per loader per tick, so a caseload's reviews cost the same for 7 or 70 children.

export function reviewById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Review | null>('Review.byId', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Review).findBy({ id: In([...ids]) }), (r) => r.id),
  );
}

export function plannedReviewByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Review | null>('Review.planned', async (ids) =>
    byKey(
      ids,
      await ctx.db.getRepository(Review).findBy({ childId: In([...ids]), status: ReviewState.PLANNED }),
      (r) => r.childId,
    ),
  );
}

export function decisionsByReview(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ReviewDecision[]>('ReviewDecision', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ReviewDecision)
        .find({ where: { reviewId: In([...ids]) }, order: { position: 'ASC' } }),
      (d) => d.reviewId,
    ),
  );
}

export function invitationsByReview(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ReviewInvitation[]>('ReviewInvitation', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ReviewInvitation)
        .find({ where: { reviewId: In([...ids]) }, order: { position: 'ASC' } }),
      (i) => i.reviewId,
    ),
  );
}

export function viewsByReview(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ReviewViews[]>('ReviewViews', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ReviewViews)
        .find({ where: { reviewId: In([...ids]) }, order: { submittedAt: 'ASC' } }),
      (v) => v.reviewId,
    ),
  );
}
