import { grantRelationship, registerChild as registerInAccess } from '@lac/access';
import type { EntityManager } from 'typeorm';
import { Child } from './child.entity';

export interface NewChild {
  id?: string;
  localAuthorityId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  /** The young person's own account, which gives them the `self` relationship. */
  personId?: string | null;
  /** SSDA903 codes, where known (validated by new-child.ts when the portal registers a child). */
  sex?: string | null;
  ethnicity?: string | null;
  upn?: string | null;
}

/** The child and the facts access needs about them (their local authority, their own account) land together. */
export async function registerChild(em: EntityManager, input: NewChild, today: string): Promise<Child> {
  const child = em.getRepository(Child).create({
    id: input.id,
    localAuthorityId: input.localAuthorityId,
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth,
    personId: input.personId ?? null,
    sex: input.sex ?? null,
    ethnicity: input.ethnicity ?? null,
    upn: input.upn ?? null,
  });
  const saved = await em.getRepository(Child).save(child);
  await registerInAccess(em, saved.id, saved.localAuthorityId);
  if (saved.personId) {
    await grantRelationship(em, {
      personId: saved.personId,
      childId: saved.id,
      kind: 'self',
      from: saved.dateOfBirth < today ? saved.dateOfBirth : today,
      source: `care-planning:child:${saved.id}`,
    });
  }
  return saved;
}
