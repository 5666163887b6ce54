import { endRelationships, grantRelationship } from '@lac/access';
import { badInput } from '@lac/subgraph-kit';
import { type EntityManager, IsNull } from 'typeorm';
import { Allocation, type AllocationRole } from './allocation.entity';

const EXPECTED_ROLE: Record<AllocationRole, string> = { iro: 'iro', social_worker: 'social_worker' };

/**
 * Allocating a new IRO or social worker ends the previous allocation and its access on the same day, in the
 * transaction that records the change.
 */
export async function allocate(
  em: EntityManager,
  input: { childId: string; role: AllocationRole; personId: string; from: string },
): Promise<Allocation> {
  const people: Array<{ role: string }> = await em.query('SELECT role FROM access.people WHERE id = $1', [
    input.personId,
  ]);
  if (people[0]?.role !== EXPECTED_ROLE[input.role]) {
    throw badInput('personId', 'INVALID', `That person is not a${input.role === 'iro' ? 'n IRO' : ' social worker'}`);
  }
  const repo = em.getRepository(Allocation);
  const current = await repo.findOneBy({ childId: input.childId, role: input.role, endDate: IsNull() });
  if (current) {
    if (input.from < current.startDate) {
      throw badInput(
        'from',
        'END_BEFORE_START',
        `from cannot be before the current allocation began (${current.startDate})`,
      );
    }
    await repo.update({ id: current.id }, { endDate: input.from });
    await endRelationships(em, `care-planning:allocation:${current.id}`, input.from);
  }
  const saved = await repo.save(repo.create({ ...input, startDate: input.from, endDate: null }));
  await grantRelationship(em, {
    personId: input.personId,
    childId: input.childId,
    kind: input.role,
    from: input.from,
    source: `care-planning:allocation:${saved.id}`,
  });
  return saved;
}
