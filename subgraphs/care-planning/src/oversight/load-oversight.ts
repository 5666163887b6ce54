import { type ReviewHeld, parseIsoDate } from '@lac/statutory';
import type { DataSource } from 'typeorm';
import type { ChildFacts } from './oversight-figures';

/**
 * Everything the figures need for one local authority in four statements, whatever its size: its children
 * with their current IRO, its IROs, and their periods of care and reviews.
 */
export async function loadOversightFacts(
  db: Pick<DataSource, 'query'>,
  localAuthorityId: string,
): Promise<{ iros: Array<{ id: string; displayName: string }>; children: ChildFacts[] }> {
  const rows: Array<{ id: string; iro_id: string | null }> = await db.query(
    `SELECT c.id, a.person_id AS iro_id
       FROM care_planning.children c
       LEFT JOIN care_planning.allocations a ON a.child_id = c.id AND a.role = 'iro' AND a.end_date IS NULL
      WHERE c.local_authority_id = $1`,
    [localAuthorityId],
  );
  const ids = rows.map((r) => r.id);
  // The local authority's own IROs, and any from elsewhere (an agency IRO) allocated to one of its children.
  const allocated = [...new Set(rows.map((r) => r.iro_id).filter((id): id is string => id !== null))];
  const iros: Array<{ id: string; display_name: string }> = await db.query(
    `SELECT id, display_name FROM access.people
      WHERE (role = 'iro' AND local_authority_id = $1) OR id = ANY($2::uuid[])
      ORDER BY display_name, id`,
    [localAuthorityId, allocated],
  );
  const periods: Array<{ child_id: string; start_date: string; end_date: string | null }> = await db.query(
    `SELECT child_id, start_date, end_date FROM care_planning.periods_of_care WHERE child_id = ANY($1::uuid[])`,
    [ids],
  );
  const reviews: Array<{ child_id: string; held_on: string; kind: ReviewHeld['kind'] }> = await db.query(
    `SELECT child_id, held_on, kind FROM care_planning.reviews WHERE child_id = ANY($1::uuid[]) AND status = 'held'`,
    [ids],
  );
  const facts = new Map<string, ChildFacts>(rows.map((r) => [r.id, { childId: r.id, iroId: r.iro_id, periods: [], reviews: [] }]));
  for (const p of periods) facts.get(p.child_id)!.periods.push({ startDate: parseIsoDate(p.start_date), endDate: p.end_date ? parseIsoDate(p.end_date) : null });
  for (const r of reviews) facts.get(r.child_id)!.reviews.push({ heldOn: parseIsoDate(r.held_on), kind: r.kind } satisfies ReviewHeld);
  return { iros: iros.map((i) => ({ id: i.id, displayName: i.display_name })), children: [...facts.values()] };
}
