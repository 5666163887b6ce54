import {
  type Action,
  type Actor,
  type RelationshipKind,
  liveRelationships,
  mayPerform,
  relationshipTo,
} from '@lac/access';
import type { EntityManager } from 'typeorm';

/**
 * The policy check each mutation makes first (`mustPerform`), for the demo seeders, which act as named people
 * without a request: the person's live relationships are read once (inside the seeding transaction, so access
 * granted earlier in it counts) and every write is refused, loudly, unless the policy lets that person do it.
 */
export class DemoAccess {
  private readonly actors = new Map<string, Promise<Actor>>();

  constructor(
    private readonly em: EntityManager,
    private readonly today: string,
  ) {}

  async mustPerform(personId: string, childId: string, action: Action): Promise<RelationshipKind> {
    const actor = await this.actorFor(personId);
    const relationship = relationshipTo(actor, { id: childId, localAuthorityId: null });
    if (!mayPerform(relationship, action)) {
      throw new Error(
        `Demo data: ${personId} may not ${action} for child ${childId} (relationship ${relationship ?? 'none'})`,
      );
    }
    return relationship!;
  }

  private actorFor(personId: string): Promise<Actor> {
    let actor = this.actors.get(personId);
    if (!actor) {
      actor = (async () => {
        const [person]: Array<{ role: Actor['role']; local_authority_id: string | null }> = await this.em.query(
          'SELECT role, local_authority_id FROM access.people WHERE id = $1',
          [personId],
        );
        if (!person) throw new Error(`Demo data: ${personId} is not in access.people`);
        const relationships = await liveRelationships(this.em, personId, this.today);
        return { personId, role: person.role, localAuthorityId: person.local_authority_id, relationships };
      })();
      this.actors.set(personId, actor);
    }
    return actor;
  }
}
