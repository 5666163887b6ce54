import { grantRelationship } from '@lac/access';
import { badInput } from '@lac/subgraph-kit';
import { isIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { FamilyMember } from './family-member.entity';
import { FamilyRelation, type SiblingLiving } from './relation.enum';

export interface NewFamilyMember {
  childId: string;
  personId?: string | null;
  displayName: string;
  relation: FamilyRelation;
  siblingLiving?: SiblingLiving | null;
  siblingChildId?: string | null;
  /** The date parental responsibility began, or null when they do not hold it. */
  parentalResponsibilitySince?: string | null;
}

/** The relationship a family member's record grants; ending the record ends it. */
export const memberSource = (id: string) => `family-contact:member:${id}`;

const PARENTS = [FamilyRelation.MOTHER, FamilyRelation.FATHER, FamilyRelation.PARENT];

/**
 * Records a relative. A parent with a person record who holds parental responsibility gets the `parent`
 * relationship from the day it began, in the same transaction (this subgraph writes it; care-planning did before).
 */
export async function recordFamilyMember(
  em: EntityManager,
  input: NewFamilyMember,
  today: string,
): Promise<FamilyMember> {
  const name = input.displayName.trim();
  if (!name) throw badInput('displayName', 'REQUIRED', 'Enter their name');
  const since = input.parentalResponsibilitySince ?? null;
  if (since !== null) {
    if (!isIsoDate(since)) throw badInput('parentalResponsibilitySince', 'INVALID_DATE', 'Enter a real date');
    if (since > today) throw badInput('parentalResponsibilitySince', 'DATE_IN_FUTURE', 'Cannot be in the future');
  }
  const isSibling = input.relation === FamilyRelation.SIBLING;
  if (!isSibling && (input.siblingLiving || input.siblingChildId)) {
    throw badInput('siblingLiving', 'INVALID', 'Only a sibling has where they live or a sibling record');
  }
  if (input.siblingChildId === input.childId)
    throw badInput('siblingChildId', 'INVALID', 'A child is not their own sibling');
  if (input.personId) {
    const people: unknown[] = await em.query('SELECT 1 FROM access.people WHERE id = $1', [input.personId]);
    if (people.length === 0) throw badInput('personId', 'INVALID', 'There is no such person');
  }
  const repo = em.getRepository(FamilyMember);
  const saved = await repo.save(
    repo.create({
      childId: input.childId,
      personId: input.personId ?? null,
      displayName: name,
      relation: input.relation,
      siblingLiving: isSibling ? (input.siblingLiving ?? null) : null,
      siblingChildId: isSibling ? (input.siblingChildId ?? null) : null,
      parentalResponsibility: since !== null,
      parentalResponsibilitySince: since,
      legacyParentId: null,
    }),
  );
  if (saved.personId && since !== null && PARENTS.includes(saved.relation)) {
    await grantRelationship(em, {
      personId: saved.personId,
      childId: saved.childId,
      kind: 'parent',
      from: since,
      source: memberSource(saved.id),
    });
  }
  return saved;
}
