import { badInput, isUuid } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * The IRO a manager allocates must work for the child's own local authority: its IROs are the ones it appoints and
 * oversees (IRO Handbook ch. 2), and the allocation form lists only them.
 */
export async function mustBeIroOf(em: EntityManager, personId: string, localAuthorityId: string): Promise<void> {
  const rows: unknown[] = !isUuid(personId)
    ? []
    : await em.query(`SELECT 1 FROM access.people WHERE id = $1 AND role = 'iro' AND local_authority_id = $2`, [
        personId,
        localAuthorityId,
      ]);
  if (rows.length === 0) {
    throw badInput('personId', 'INVALID', 'Choose an IRO of the child’s local authority from the list');
  }
}
