import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { ReviewDecision } from './review-decision.entity';
import { ReviewState } from './review-enums';
import { ReviewInvitation } from './review-invitation.entity';
import { ReviewViews } from './review-views.entity';
import { Review } from './review.entity';
import type { BookedReviewRow, ScheduleRow } from './next-review';
import { reviewRowsByChild } from '../children/loaders';
import { childFactLoader } from '../children/child-facts';

// Per request, one statement per loader per tick, so a caseload's reviews cost the same for 7 or 70 children.

export function reviewById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Review | null>('Review.byId', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Review).findBy({ id: In([...ids]) }), (r) => r.id),
  );
}

/** The review booked next, from the same statement as the reviews held (`reviewRowsByChild`). */
export function plannedReviewByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Review | null>('Review.planned', async (ids) =>
    (await reviewRowsByChild(ctx).loadMany(ids)).map((rows) =>
      rows instanceof Error ? rows : (rows.find((r) => r.status === ReviewState.PLANNED) ?? null),
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

/**
 * What `nextReview` reads: the stored schedule, the review booked next (at most one, `reviews_one_planned`) and the
 * child's last placement change as placements published it (docs/decisions/0026).
 */
export interface NextReviewRow {
  schedule: ScheduleRow;
  booked: BookedReviewRow | null;
  /** When the child last moved from one placement to another; null before a second placement. */
  lastPlacementChange: string | null;
}

/**
 * The stored schedule with the booked review and the held placement change beside it, in one statement for the
 * page: all that `Child.nextReview` reads besides the settings. A child with no schedule row is not looked after
 * now, and its booking and moves do not matter.
 */
export function nextReviewRowByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'nextReview');
}

/** What the counts and flags read of a held review: its date and when its two records were done. */
export interface HeldReviewFacts {
  id: string;
  heldOn: string;
  decisionsIssuedOn: string | null;
  recordCompletedOn: string | null;
}

/**
 * Each child's held reviews, oldest first, as plain rows of the four columns the caseload's counts and flags read
 * (overdue records, the permanence flag, drift): hydrating whole `Review` entities for them was the largest
 * TypeORM cost on the caseload (docs/benchmarks.md#where-the-time-goes).
 */
export function heldReviewFactsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'heldReviews');
}
