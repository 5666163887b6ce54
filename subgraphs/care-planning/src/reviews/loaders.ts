import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { ReviewDecision } from './review-decision.entity';
import { ReviewState } from './review-enums';
import { ReviewInvitation } from './review-invitation.entity';
import { ReviewViews } from './review-views.entity';
import { Review } from './review.entity';
import type { BookedReviewRow, ScheduleRow } from './next-review';
import { reviewRowsByChild } from '../children/loaders';

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

/** A child's stored next review (`stored-schedule.ts`); null when the child is not looked after now. */
export function reviewScheduleByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ScheduleRow | null>('ReviewSchedule', async (ids) => {
    const rows: ScheduleRow[] = await ctx.db.query(
      `SELECT child_id AS "childId", period_start::text AS "periodStart", last_review_held::text AS "lastReviewHeld", due_by::text AS "dueBy", latest_working_day::text AS "latestWorkingDay", kind,
              rule, counted_from::text AS "countedFrom", convention, calendar_version AS "calendarVersion", problem
         FROM care_planning.review_schedule WHERE child_id = ANY($1::uuid[])`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.childId);
  });
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
  return ctx.loaders.get<string, HeldReviewFacts[]>('Review.heldFacts', async (ids) => {
    const rows: Array<HeldReviewFacts & { childId: string }> = await ctx.db.query(
      `SELECT child_id AS "childId", id, held_on AS "heldOn", decisions_issued_on AS "decisionsIssuedOn",
              record_completed_on AS "recordCompletedOn"
         FROM care_planning.reviews
        WHERE child_id = ANY($1::uuid[]) AND status = 'held' AND held_on IS NOT NULL
        ORDER BY held_on`,
      [ids],
    );
    return groupByKey(ids, rows, (r) => r.childId);
  });
}

/**
 * The review booked next (at most one per child: `reviews_one_planned`), as the next review shows it. Only the
 * planned row and only its booking columns: the second caseload fetch (`nextReview`, docs/decisions/0022) reads this
 * and the stored schedule, never the reviews held.
 */
export function bookedReviewByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, BookedReviewRow | null>('Review.booked', async (ids) => {
    const rows: Array<BookedReviewRow & { childId: string }> = await ctx.db.query(
      `SELECT child_id AS "childId", id, planned_for AS "plannedFor", planned_time AS "plannedTime", venue
         FROM care_planning.reviews WHERE child_id = ANY($1::uuid[]) AND status = 'planned'`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.childId);
  });
}
