import { type Actor, type ChildRelationship, isRole } from '@lac/access';
import type { DataSource } from 'typeorm';

/**
 * The person and their relationships in force on `$2`, in one statement: every request waits for this before its
 * first subgraph fetch. The relationships are exactly `liveRelationships` (packages/access/src/store.ts), the
 * same rows, as one JSON array instead of a row each (load-actor.test.ts holds the two together).
 */
const ACTOR_SQL = `
  SELECT p.role, p.local_authority_id,
         coalesce((SELECT json_agg(json_build_array(r.child_id, r.kind))
                     FROM (SELECT DISTINCT child_id, kind FROM access.relationships
                            WHERE person_id = p.id AND valid_from <= $2::date
                              AND (valid_to IS NULL OR valid_to > $2::date)) r), '[]') AS relationships
    FROM access.people p
    JOIN identity.accounts a ON a.person_id = p.id AND a.disabled_at IS NULL
   WHERE p.id = $1`;

interface ActorRow {
  role: string;
  local_authority_id: string | null;
  relationships: Array<[string, ChildRelationship['kind']]>;
}

/**
 * The caller as subgraphs will see them: their person record and the relationships in force today. Null for a
 * person whose account is disabled, so a token issued before it was disabled is refused on its next request.
 */
export async function loadActor(db: Pick<DataSource, 'query'>, personId: string, today: string): Promise<Actor | null> {
  const rows: ActorRow[] = await db.query(ACTOR_SQL, [personId, today]);
  const person = rows[0];
  if (!person || !isRole(person.role)) return null;
  return {
    personId,
    role: person.role,
    localAuthorityId: person.local_authority_id,
    relationships: person.relationships.map(([childId, kind]) => ({ childId, kind })),
  };
}
