import { type Actor, isRole, liveRelationships } from '@lac/access';
import type { DataSource } from 'typeorm';

/** The caller as subgraphs will see them: their person record and the relationships in force today. */
export async function loadActor(db: DataSource, personId: string, today: string): Promise<Actor | null> {
  const people: Array<{ role: string; local_authority_id: string | null }> = await db.query(
    'SELECT role, local_authority_id FROM access.people WHERE id = $1',
    [personId],
  );
  const person = people[0];
  if (!person || !isRole(person.role)) return null;
  return {
    personId,
    role: person.role,
    localAuthorityId: person.local_authority_id,
    relationships: await liveRelationships(db, personId, today),
  };
}
