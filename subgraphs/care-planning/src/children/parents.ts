import { grantRelationship } from '@lac/access';
import type { EntityManager } from 'typeorm';
import { ParentRecord } from './parent.entity';

/**
 * A parent with parental responsibility gets the `parent` relationship; one without it gets none here (their
 * contact arrangements will come from family-contact).
 */
export async function recordParent(
  em: EntityManager,
  input: { childId: string; personId: string; hasParentalResponsibility: boolean; from: string },
): Promise<ParentRecord> {
  const saved = await em.getRepository(ParentRecord).save(
    em.getRepository(ParentRecord).create({
      childId: input.childId,
      personId: input.personId,
      hasParentalResponsibility: input.hasParentalResponsibility,
    }),
  );
  if (saved.hasParentalResponsibility) {
    await grantRelationship(em, {
      personId: saved.personId,
      childId: saved.childId,
      kind: 'parent',
      from: input.from,
      source: `care-planning:parent:${saved.id}`,
    });
  }
  return saved;
}
