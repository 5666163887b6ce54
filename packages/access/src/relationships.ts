/**
 * How a person stands to one child. Access always comes from one of these, never from a job title alone.
 * `manager` is the one relationship not stored per child: an IRO manager has it for every child of their own
 * local authority.
 */
export const RELATIONSHIP_KINDS = [
  'iro',
  'social_worker',
  'carer',
  'parent',
  'advocate',
  'guardian',
  'self',
  'manager',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Stored relationships, the ones the subgraph owning the fact writes. */
export type StoredRelationshipKind = Exclude<RelationshipKind, 'manager'>;

/** Where two relationships hold for one child, the wider view wins. */
const PRECEDENCE: readonly RelationshipKind[] = [
  'iro',
  'social_worker',
  'guardian',
  'manager',
  'carer',
  'advocate',
  'self',
  'parent',
];

export function widest(kinds: Iterable<RelationshipKind>): RelationshipKind | null {
  let best: RelationshipKind | null = null;
  for (const k of kinds) {
    if (best === null || PRECEDENCE.indexOf(k) < PRECEDENCE.indexOf(best)) best = k;
  }
  return best;
}

export function isRelationshipKind(value: string): value is RelationshipKind {
  return (RELATIONSHIP_KINDS as readonly string[]).includes(value);
}
