import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { type EntityManager, In } from 'typeorm';
import { childFactLoader } from '../children/child-facts';
import { Review } from '../reviews/review.entity';
import { RecommendationOutcome } from './recommendation-outcome.entity';
import { Recommendation } from './recommendation.entity';
import type { HistoryEntry } from './drift';
import type { RecommendationOutcomeKind } from './types';

// Per-request loaders: a caseload of any size asks for each of these with one statement.

type Db = Pick<EntityManager, 'query' | 'getRepository'>;

interface OutcomeRow {
  id: string;
  recommendation_id: string;
  review_id: string;
  outcome: RecommendationOutcomeKind;
  reason: string | null;
  new_due_date: string | null;
  progress: string | null;
  version: number;
  recorded_by: string;
  recorded_at: Date;
  held_on: string;
}

const OUTCOMES = `
  SELECT o.*, r.held_on::text AS held_on
  FROM care_planning.recommendation_outcomes o JOIN care_planning.reviews r ON r.id = o.review_id`;

function toOutcome(r: OutcomeRow): RecommendationOutcome {
  return Object.assign(new RecommendationOutcome(), {
    id: r.id,
    recommendationId: r.recommendation_id,
    reviewId: r.review_id,
    outcome: r.outcome,
    reason: r.reason,
    newDueDate: r.new_due_date,
    progress: r.progress,
    version: r.version,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    heldOn: r.held_on,
  });
}

/** Outcomes of these recommendations, oldest review first. */
export async function outcomesOf(db: Db, recommendationIds: readonly string[]): Promise<RecommendationOutcome[]> {
  const rows: OutcomeRow[] = await db.query(
    `${OUTCOMES} WHERE o.recommendation_id = ANY($1::uuid[]) ORDER BY r.held_on, o.recorded_at`,
    [recommendationIds],
  );
  return rows.map(toOutcome);
}

export function outcomesByRecommendation(ctx: SubgraphContext) {
  return ctx.loaders.get<string, RecommendationOutcome[]>('RecommendationOutcome', async (ids) =>
    groupByKey(ids, await outcomesOf(ctx.db.manager, ids), (o) => o.recommendationId),
  );
}

/**
 * A child's recommendations, oldest first. Their histories come in the same batch (one more statement), primed
 * into the outcome loader, so counting drift over a caseload stays at two statements however many children.
 */
export function recommendationsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Recommendation[]>('Recommendation:byChild', async (childIds) => {
    const recs = await ctx.db.getRepository(Recommendation).find({
      where: { childId: In([...childIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    primeHistories(
      ctx,
      recs,
      recs.length
        ? await outcomesOf(
            ctx.db.manager,
            recs.map((r) => r.id),
          )
        : [],
    );
    return groupByKey(childIds, recs, (r) => r.childId);
  });
}

export function recommendationsByReview(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Recommendation[]>('Recommendation:byReview', async (reviewIds) =>
    groupByKey(
      reviewIds,
      await ctx.db.getRepository(Recommendation).find({
        where: { madeAtReviewId: In([...reviewIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      (r) => r.madeAtReviewId,
    ),
  );
}

export function recommendationById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Recommendation | null>('Recommendation', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Recommendation).findBy({ id: In([...ids]) }), (r) => r.id),
  );
}

export function outcomesByReview(ctx: SubgraphContext) {
  return ctx.loaders.get<string, RecommendationOutcome[]>('RecommendationOutcome:byReview', async (reviewIds) => {
    const rows: OutcomeRow[] = await ctx.db.query(
      `${OUTCOMES} WHERE o.review_id = ANY($1::uuid[]) ORDER BY o.recorded_at`,
      [reviewIds],
    );
    return groupByKey(reviewIds, rows.map(toOutcome), (o) => o.reviewId);
  });
}

export function reviewById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Review | null>('Review:byId', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Review).findBy({ id: In([...ids]) }), (r) => r.id),
  );
}

function primeHistories(ctx: SubgraphContext, recs: Recommendation[], outcomes: RecommendationOutcome[]): void {
  const loader = outcomesByRecommendation(ctx);
  const grouped = groupByKey(
    recs.map((r) => r.id),
    outcomes,
    (o) => o.recommendationId,
  );
  recs.forEach((r, i) => loader.prime(r.id, grouped[i]));
}

/** An open recommendation as the drift rules read it: its original due date and its history. */
export interface OpenRecommendationFacts {
  id: string;
  originalDueDate: string;
  history: HistoryEntry[];
}

/**
 * Each child's open recommendations with their histories, in one statement and as plain rows of what `drift` reads:
 * the caseload counts drift for every child and shows no recommendation, so it hydrates none (only an open
 * recommendation can drift, drift.ts). Read with the child's other facts in one statement (children/child-facts.ts).
 */
export function openRecommendationFactsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'openRecommendations');
}
