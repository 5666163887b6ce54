import type { Actor } from './actor';
import { SENSITIVE_FIELDS, type SensitiveLabel } from './labels';
import { type RelationshipKind, widest } from './relationships';

// The policy's two tables live in their own files, what may be seen (labels.ts) and what may be done (actions.ts);
// this file holds the decisions made from them and re-exports both, so `./policy` stays the one place to import.
export { SENSITIVE_FIELDS, type SensitiveLabel } from './labels';
export {
  ACTIONS,
  AUTHORITY_ACTIONS,
  mayPerform,
  mayPerformForAuthority,
  type Action,
  type AuthorityAction,
} from './actions';

/** The facts about a child the policy needs beyond the actor: today only the owning local authority. */
export interface ChildFacts {
  id: string;
  localAuthorityId: string | null;
}

/**
 * The one decision every resolver asks: how does this actor stand to this child? `null` means the child must be
 * treated as not existing.
 */
export function relationshipTo(actor: Actor, child: ChildFacts): RelationshipKind | null {
  const direct = widest(actor.relationships.filter((r) => r.childId === child.id).map((r) => r.kind));
  if (direct) return direct;
  if (
    actor.role === 'iro_manager' &&
    actor.localAuthorityId !== null &&
    child.localAuthorityId !== null &&
    child.localAuthorityId === actor.localAuthorityId
  ) {
    return 'manager';
  }
  return null;
}

/**
 * Whose record something is: one person (a parent's own contact arrangement) or the people of one household (every
 * carer account of the placement's household, docs/decisions/0023-households.md), or nobody.
 */
export type RecordOwner = string | readonly string[] | null;

/** Is this person one of the record's owners? */
export function ownsRecord(owner: RecordOwner | undefined, personId: string): boolean {
  if (owner === null || owner === undefined || personId === '') return false;
  return typeof owner === 'string' ? owner === personId : owner.includes(personId);
}

/**
 * May someone standing in `relationship` to the child see a field with this label? `ownerPersonId` is whose
 * record it is (the carers of that placement's household), so a carer sees only their own household's.
 */
export function maySeeField(
  actor: Actor,
  relationship: RelationshipKind | null,
  label: SensitiveLabel,
  ownerPersonId?: RecordOwner,
): boolean {
  if (relationship === null) return false;
  const rule = SENSITIVE_FIELDS[label];
  if (!(rule.visibleTo as readonly RelationshipKind[]).includes(relationship)) return false;
  if (relationship === 'carer' && rule.carerOnlyOwn) return ownsRecord(ownerPersonId, actor.personId);
  if (relationship === 'parent' && 'parentOnlyOwn' in rule && rule.parentOnlyOwn) {
    return ownsRecord(ownerPersonId, actor.personId);
  }
  return true;
}

/**
 * A family member's own contact arrangements and sessions, reached without a relationship to the child: a parent
 * without parental responsibility has none, yet sees the arrangements that concern them (DOMAIN.md §7), and nothing
 * else of the child comes with them. Only what the labels above give a `parent` for their own records is shown.
 */
export function ownContactRelationship(actor: Actor, ownerPersonId: string | null): 'parent' | null {
  return actor.role === 'parent' && ownerPersonId !== null && ownerPersonId === actor.personId ? 'parent' : null;
}

/**
 * Which children a list query may even consider, so lists are scoped in SQL rather than filtered after the fact.
 */
export interface ChildScope {
  childIds: string[];
  localAuthorityId: string | null;
}

export function childScope(actor: Actor): ChildScope {
  return {
    childIds: [...new Set(actor.relationships.map((r) => r.childId))],
    localAuthorityId: actor.role === 'iro_manager' ? actor.localAuthorityId : null,
  };
}

/**
 * The local authority whose aggregate figures the actor may see (the IRO manager's oversight), or null. Figures
 * only: a child's own details still need a relationship through `relationshipTo`.
 */
export function oversightScope(actor: Actor): string | null {
  return actor.role === 'iro_manager' ? actor.localAuthorityId : null;
}

/**
 * Which published version of a review each relationship receives (docs/domain.md#who-sees-what): the young person their
 * letter, a parent with parental responsibility the parent version, the carer the carer version, the professionals
 * all three. Anyone else (an advocate, for now) receives none.
 */
export const OUTCOME_AUDIENCES = {
  self: ['child'],
  parent: ['parent'],
  carer: ['carer'],
  iro: ['child', 'parent', 'carer'],
  social_worker: ['child', 'parent', 'carer'],
  manager: ['child', 'parent', 'carer'],
  guardian: ['child', 'parent', 'carer'],
} as const satisfies Partial<Record<RelationshipKind, ReadonlyArray<'child' | 'parent' | 'carer'>>>;

export type OutcomeAudience = 'child' | 'parent' | 'carer';

export function outcomeAudiences(relationship: RelationshipKind | null): readonly OutcomeAudience[] {
  if (relationship === null) return [];
  return (OUTCOME_AUDIENCES as Partial<Record<RelationshipKind, readonly OutcomeAudience[]>>)[relationship] ?? [];
}
