import { conflict } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';

/** GraphQL field name → column, for the columns a review's writes may set. */
export const REVIEW_COLUMNS = {
  status: 'status',
  heldOn: 'held_on',
  venue: 'venue',
  attendees: 'attendees',
  participationCode: 'participation_code',
  summary: 'summary',
  childPrivateWords: 'child_private_words',
  spokeToChildOn: 'spoke_to_child_on',
  decisionsIssuedOn: 'decisions_issued_on',
  recordCompletedOn: 'record_completed_on',
} as const;
export type ReviewColumn = keyof typeof REVIEW_COLUMNS;

/**
 * Updates a review and bumps its version in one statement. With `expectedVersion`, the WHERE clause is the lost
 * update check: zero rows means someone saved first, answered with CONFLICT naming what they changed (from the
 * change log). Every bump logs the fields it changed, so the next conflict can name them.
 */
export async function updateReview(
  em: EntityManager,
  reviewId: string,
  expectedVersion: number | null,
  values: Partial<Record<ReviewColumn, unknown>>,
  changedFields: string[],
  changedBy: string,
): Promise<number> {
  const entries = Object.entries(values) as Array<[ReviewColumn, unknown]>;
  const sets = entries.map(
    ([field], i) => `${REVIEW_COLUMNS[field]} = $${i + 3}${field === 'attendees' ? '::jsonb' : ''}`,
  );
  const params = entries.map(([field, v]) => (field === 'attendees' ? JSON.stringify(v) : v));
  // TypeORM's postgres driver answers an UPDATE ... RETURNING with [rows, affected].
  const [rows]: [Array<{ version: number }>, number] = await em.query(
    `UPDATE care_planning.reviews SET ${[...sets, 'version = version + 1'].join(', ')}
      WHERE id = $1 AND ($2::int IS NULL OR version = $2::int) RETURNING version`,
    [reviewId, expectedVersion, ...params],
  );
  const version = rows[0]?.version;
  if (version === undefined) throw await staleVersion(em, reviewId, expectedVersion ?? 0);
  await em.query(
    `INSERT INTO care_planning.review_changes (review_id, version, changed_fields, changed_by) VALUES ($1, $2, $3::text[], $4)`,
    [reviewId, version, changedFields, changedBy],
  );
  return version;
}

async function staleVersion(em: EntityManager, reviewId: string, expectedVersion: number) {
  const rows: Array<{ field: string; version: number }> = await em.query(
    `SELECT DISTINCT unnest(changed_fields) AS field, max(version) OVER () AS version
       FROM care_planning.review_changes WHERE review_id = $1 AND version > $2 ORDER BY field`,
    [reviewId, expectedVersion],
  );
  const changed = rows.map((r) => r.field);
  const now = rows[0]?.version;
  return conflict(
    `This review was changed by someone else after you opened it (your version ${expectedVersion}${now ? `, now ${now}` : ''})` +
      `${changed.length ? `: ${changed.join(', ')} changed` : ''}. Reload the review, check the changes and save again.`,
    changed,
  );
}
