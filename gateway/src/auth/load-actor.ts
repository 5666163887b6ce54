import { type Actor, isRole, liveRelationships } from '@lac/access';
import type { DataSource } from 'typeorm';

/**
 * The caller as subgraphs will see them: their person record and the relationships in force today. Null for a
 * person whose account is disabled, so a token issued before it was disabled is refused on its next request.
 */
export async function loadActor(db: DataSource, personId: string, today: string): Promise<Actor | null> {
  // Both at once: every request waits for this before its first subgraph fetch, so one round trip, not two.
  const [people, relationships] = await Promise.all([
    db.query<Array<{ role: string; local_authority_id: string | null }>>(
      `SELECT p.role, p.local_authority_id FROM access.people p
         JOIN identity.accounts a ON a.person_id = p.id AND a.disabled_at IS NULL
        WHERE p.id = $1`,
      [personId],
    ),
    liveRelationships(db, personId, today),
  ]);
  const person = people[0];
  if (!person || !isRole(person.role)) return null;
  return { personId, role: person.role, localAuthorityId: person.local_authority_id, relationships };
}
