import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { mayPerform, maySeeField } from './policy';
import { RELATIONSHIP_KINDS, type RelationshipKind } from './relationships';

const carer: Actor = { personId: 'carer-1', role: 'foster_carer', localAuthorityId: null, relationships: [] };

/** Written out independently of SENSITIVE_FIELDS and ACTIONS (docs/decisions/0015-delegated-authority.md), for every relationship. */
const WHO_SEES = {
  delegated_authority: ['iro', 'social_worker', 'manager', 'guardian', 'carer', 'parent', 'self'],
  delegated_authority_history: ['iro', 'social_worker', 'manager', 'guardian', 'carer'],
} as const;
const WHO_DOES = {
  save_delegated_authority: ['social_worker'],
  request_delegated_authority_change: ['carer'],
  decide_delegated_authority_request: ['social_worker'],
  confirm_delegated_authority: ['iro'],
} as const;

describe('delegated authority: who sees it', () => {
  const cases = Object.entries(WHO_SEES).flatMap(([label, who]) =>
    RELATIONSHIP_KINDS.map(
      (r) => [label as keyof typeof WHO_SEES, r, (who as readonly RelationshipKind[]).includes(r)] as const,
    ),
  );
  it.each(cases)('%s: %s → %s (a carer: their own placement)', (label, relationship, visible) => {
    expect(maySeeField(carer, relationship, label, 'carer-1')).toBe(visible);
  });
  it.each(Object.keys(WHO_SEES) as Array<keyof typeof WHO_SEES>)(
    '%s: a carer does not see another household’s, nor anyone without a relationship',
    (label) => {
      expect(maySeeField(carer, 'carer', label, 'carer-2')).toBe(false);
      expect(maySeeField(carer, 'carer', label, null)).toBe(false);
      expect(maySeeField(carer, null, label, 'carer-1')).toBe(false);
    },
  );
});

describe('delegated authority: who changes it', () => {
  const cases = Object.entries(WHO_DOES).flatMap(([action, who]) =>
    RELATIONSHIP_KINDS.map(
      (r) => [action as keyof typeof WHO_DOES, r, (who as readonly RelationshipKind[]).includes(r)] as const,
    ),
  );
  it.each(cases)('%s: %s → %s', (action, relationship, allowed) => {
    expect(mayPerform(relationship, action)).toBe(allowed);
  });
});
