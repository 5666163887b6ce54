import type { RelationshipKind, StoredRelationshipKind } from './relationships';

/** The job someone signs in as; it picks their home page and their organisation-wide scope, nothing more. */
export const ROLES = [
  'iro',
  'iro_manager',
  'social_worker',
  'advocate',
  'guardian',
  'parent',
  'foster_carer',
  'young_person',
] as const;
export type Role = (typeof ROLES)[number];

export interface ChildRelationship {
  childId: string;
  kind: StoredRelationshipKind;
}

/** Who is asking, as the gateway vouched for them in this request. */
export interface Actor {
  personId: string;
  role: Role;
  /** The local authority the person works for or belongs to. */
  localAuthorityId: string | null;
  /** Live relationships on the day of the request. */
  relationships: readonly ChildRelationship[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export type { RelationshipKind };
