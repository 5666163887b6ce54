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

/** The columns of `care_planning.review_schedule` (`stored-schedule.ts`) as a `ScheduleRow`. */
const SCHEDULE_COLUMNS = `s.child_id AS "childId", s.period_start::text AS "periodStart",
  s.last_review_held::text AS "lastReviewHeld", s.due_by::text AS "dueBy", s.latest_working_day::text AS "latestWorkingDay",
  s.kind, s.rule, s.counted_from::text AS "countedFrom", s.convention, s.calendar_version AS "calendarVersion", s.problem`;

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
  return ctx.loaders.get<string, NextReviewRow | null>('ReviewSchedule.withBooking', async (ids) => {
    const rows: Array<
      ScheduleRow & {
        bookedId: string | null;
        plannedFor: string | null;
        plannedTime: string | null;
        venue: string | null;
        lastPlacementChange: string | null;
      }
    > = await ctx.db.query(
      `SELECT ${SCHEDULE_COLUMNS}, r.id AS "bookedId", r.planned_for AS "plannedFor",
                r.planned_time AS "plannedTime", r.venue, pc.last_change_on::text AS "lastPlacementChange"
           FROM care_planning.review_schedule s
           LEFT JOIN care_planning.reviews r ON r.child_id = s.child_id AND r.status = 'planned'
           LEFT JOIN care_planning.placement_changes pc ON pc.child_id = s.child_id
          WHERE s.child_id = ANY($1::uuid[])`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.childId).map((r) => {
      if (!r) return null;
      const { bookedId, plannedFor, plannedTime, venue, lastPlacementChange, ...schedule } = r;
      return {
        schedule,
        booked: bookedId ? { id: bookedId, plannedFor, plannedTime, venue } : null,
        lastPlacementChange,
      };
    });
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
