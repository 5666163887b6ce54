import { badInput, conflict } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { type HeldReview, Review } from '../reviews/review.entity';
import { longDate } from '@lac/statutory';
import { outcomesOf } from './loaders';
import { Recommendation } from './recommendation.entity';
import { RecommendationOutcomeKind, RecommendationStatus } from './types';
import type { CheckedOutcome } from './validate';

const STATUS_AFTER: Record<CheckedOutcome['outcome'], RecommendationStatus> = {
  achieved: RecommendationStatus.ACHIEVED,
  carried_forward: RecommendationStatus.OPEN,
  dropped: RecommendationStatus.DROPPED,
};

/**
 * Records one outcome at a later review. The recommendation's status and due date change only if it is still at
 * the version the IRO saw (checked in SQL), so two IROs or two tabs cannot both win.
 */
export async function recordOutcome(
  em: EntityManager,
  input: {
    recommendationId: string;
    review: HeldReview;
    expectedVersion: number;
    outcome: CheckedOutcome;
    recordedBy: string;
  },
): Promise<Recommendation> {
  const repo = em.getRepository(Recommendation);
  const current = await repo.findOneByOrFail({ id: input.recommendationId });
  if (current.version !== input.expectedVersion) throw await changedSince(em, current.id, input.expectedVersion);

  // Recommendations are only ever made at held reviews (the mutation checks), so madeAt has a date.
  const madeAt = (await em.getRepository(Review).findOneByOrFail({ id: current.madeAtReviewId })) as HeldReview;
  if (input.review.heldOn <= madeAt.heldOn) {
    throw badInput(
      'reviewId',
      'INVALID_STATE',
      `An outcome is recorded at a review held after the one the recommendation was made at (${longDate(madeAt.heldOn)})`,
    );
  }
  if (current.status !== RecommendationStatus.OPEN) {
    throw badInput(
      'recommendationId',
      'INVALID_STATE',
      `This recommendation is already ${current.status}: only open ones get an outcome`,
    );
  }
  const already: unknown[] = await em.query(
    'SELECT 1 FROM care_planning.recommendation_outcomes WHERE recommendation_id = $1 AND review_id = $2',
    [current.id, input.review.id],
  );
  if (already.length > 0) {
    throw badInput(
      'reviewId',
      'INVALID_STATE',
      `An outcome is already recorded for this recommendation at the review on ${longDate(input.review.heldOn)}`,
    );
  }

  const { outcome } = input;
  // Wrapped in a SELECT because TypeORM returns [rows, count] for a bare UPDATE … RETURNING on PostgreSQL.
  const updated: Array<{ version: number }> = await em.query(
    `WITH changed AS (
       UPDATE care_planning.recommendations
       SET status = $3, due_date = COALESCE($4::date, due_date), version = version + 1
       WHERE id = $1 AND version = $2
       RETURNING version)
     SELECT version FROM changed`,
    [current.id, input.expectedVersion, STATUS_AFTER[outcome.outcome], outcome.newDueDate],
  );
  // Another transaction got in between the read above and this update.
  if (updated.length === 0) throw await changedSince(em, current.id, input.expectedVersion);
  await em.query(
    `INSERT INTO care_planning.recommendation_outcomes
       (recommendation_id, review_id, outcome, reason, new_due_date, progress, version, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      current.id,
      input.review.id,
      outcome.outcome,
      outcome.reason,
      outcome.newDueDate,
      outcome.progress,
      updated[0].version,
      input.recordedBy,
    ],
  );
  return repo.findOneByOrFail({ id: current.id });
}

/** CONFLICT naming what changed since the caller's version: the outcomes recorded after it say. */
async function changedSince(em: EntityManager, recommendationId: string, version: number) {
  const later = (await outcomesOf(em, [recommendationId])).filter((o) => o.version > version);
  const changed = new Set<string>();
  for (const o of later) {
    if (o.outcome !== RecommendationOutcomeKind.CARRIED_FORWARD) changed.add('status');
    if (o.newDueDate) changed.add('dueDate');
    changed.add('history');
  }
  const fields = [...changed];
  return conflict(
    `Someone else recorded an outcome for this recommendation since you opened it${fields.length ? ` (changed: ${fields.join(', ')})` : ''}. Reload the page, check, and save again.`,
    fields,
  );
}
