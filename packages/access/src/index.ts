export { ROLES, isRole, type Actor, type ChildRelationship, type Role } from './actor';
export {
  RELATIONSHIP_KINDS,
  isRelationshipKind,
  widest,
  type RelationshipKind,
  type StoredRelationshipKind,
} from './relationships';
export {
  ACTIONS,
  AUTHORITY_ACTIONS,
  mayPerformForAuthority,
  type AuthorityAction,
  SENSITIVE_FIELDS,
  childScope,
  maySeeField,
  ownContactRelationship,
  ownsRecord,
  type RecordOwner,
  mayPerform,
  OUTCOME_AUDIENCES,
  outcomeAudiences,
  type OutcomeAudience,
  oversightScope,
  relationshipTo,
  type Action,
  type ChildFacts,
  type ChildScope,
  type SensitiveLabel,
} from './policy';
export {
  GATEWAY_ISSUER,
  INTERNAL_TOKEN_TTL_SECONDS,
  InvalidTokenError,
  USER_TOKEN_AUDIENCE,
  generateSigningKeys,
  importSigningKey,
  parseJwk,
  signInternalToken,
  signUserToken,
  verifyInternalToken,
  verifyUserToken,
  type KeyPairJwk,
  type SigningKey,
  type UserClaims,
} from './tokens';
export {
  PLATFORM_MIGRATIONS,
  endRelationships,
  grantRelationship,
  liveRelationships,
  registerChild,
  upsertPerson,
  type Grant,
  type PersonRecord,
} from './store';
export { londonToday } from './today';
export {
  VIEWER_AUDIENCES,
  camelKey,
  roleAudience,
  viewerAudience,
  viewerCapabilities,
  type Actions,
  type ViewerAudience,
  type ViewerCapabilities,
  type Visibility,
} from './viewer';
export * from './screen/index';
