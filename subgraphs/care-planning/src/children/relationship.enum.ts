import type { RelationshipKind as Kind } from '@lac/access';
import { registerEnumType } from 'type-graphql';

export enum RelationshipKind {
  IRO = 'iro',
  SOCIAL_WORKER = 'social_worker',
  CARER = 'carer',
  PARENT = 'parent',
  ADVOCATE = 'advocate',
  GUARDIAN = 'guardian',
  SELF = 'self',
  MANAGER = 'manager',
}
registerEnumType(RelationshipKind, { name: 'RelationshipKind', description: 'How the caller stands to a child' });

export const toRelationshipEnum = (kind: Kind): RelationshipKind => kind as RelationshipKind;
