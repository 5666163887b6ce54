import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { ACTIONS, SENSITIVE_FIELDS, mayPerform, maySeeField, type Action, type SensitiveLabel } from './policy';
import { RELATIONSHIP_KINDS, type RelationshipKind } from './relationships';
import { ROLES } from './actor';
import { VIEWER_AUDIENCES, camelKey, roleAudience, viewerAudience, viewerCapabilities } from './viewer';

const carer: Actor = { personId: 'carer-1', role: 'foster_carer', localAuthorityId: null, relationships: [] };

describe('viewerCapabilities', () => {
  it('has exactly one `see` field per label and one `do` field per action, named in camelCase', () => {
    for (const relationship of RELATIONSHIP_KINDS) {
      const can = viewerCapabilities(carer, relationship);
      expect(Object.keys(can.see).sort()).toEqual(Object.keys(SENSITIVE_FIELDS).map(camelKey).sort());
      expect(Object.keys(can.do).sort()).toEqual(Object.keys(ACTIONS).map(camelKey).sort());
    }
  });

  it('names the graph fields the portal codes against', () => {
    expect(camelKey('placement_address')).toBe('placementAddress');
    expect(camelKey('child_private_to_iro')).toBe('childPrivateToIro');
    expect(camelKey('share_message_for_safeguarding')).toBe('shareMessageForSafeguarding');
  });

  const cases = RELATIONSHIP_KINDS.flatMap((r) =>
    (Object.keys(SENSITIVE_FIELDS) as SensitiveLabel[]).map((l) => [r, l] as const),
  );
  it.each(cases)('%s: see.%s is what maySeeField answers for their own record', (relationship, label) => {
    // A carer's own household, a parent's own contact records: the owner is the reader.
    const owner = relationship === 'carer' || relationship === 'parent' ? carer.personId : null;
    const see = viewerCapabilities(carer, relationship).see as Record<string, boolean>;
    expect(see[camelKey(label)]).toBe(maySeeField(carer, relationship, label, owner));
  });

  const actionCases = RELATIONSHIP_KINDS.flatMap((r) => (Object.keys(ACTIONS) as Action[]).map((a) => [r, a] as const));
  it.each(actionCases)('%s: do.%s is what mayPerform answers', (relationship, action) => {
    const can = viewerCapabilities(carer, relationship).do as Record<string, boolean>;
    expect(can[camelKey(action)]).toBe(mayPerform(relationship, action));
  });

  it('lets the carer see the address of the placement with them (their relationship comes from it), a parent never', () => {
    expect(viewerCapabilities(carer, 'carer').see.placementAddress).toBe(true);
    expect(viewerCapabilities(carer, 'carer').see.carerIdentity).toBe(true);
    expect(viewerCapabilities(carer, 'parent').see.placementAddress).toBe(false);
    expect(viewerCapabilities(carer, 'parent').see.carerIdentity).toBe(false);
    expect(viewerCapabilities(carer, 'self').see.placementAddress).toBe(false);
  });

  it('spot-checks a few rules written out independently', () => {
    expect(viewerCapabilities(carer, 'social_worker').do.saveCarePlan).toBe(true);
    expect(viewerCapabilities(carer, 'iro').do.saveCarePlan).toBe(false);
    expect(viewerCapabilities(carer, 'self').do.sendMessageToIro).toBe(true);
    expect(viewerCapabilities(carer, 'iro').see.childPrivateToIro).toBe(true);
    expect(viewerCapabilities(carer, 'social_worker').see.childPrivateToIro).toBe(false);
  });
});

describe('viewerAudience', () => {
  it.each([
    ['iro', 'professional'],
    ['social_worker', 'professional'],
    ['manager', 'professional'],
    ['guardian', 'professional'],
    ['advocate', 'professional'],
    ['parent', 'parent'],
    ['carer', 'carer'],
    ['self', 'young_person'],
  ] as const satisfies ReadonlyArray<readonly [RelationshipKind, string]>)(
    '%s reads as %s',
    (relationship, audience) => {
      expect(viewerAudience(relationship)).toBe(audience);
    },
  );

  it('gives every relationship an audience from the list', () => {
    for (const r of RELATIONSHIP_KINDS) expect(VIEWER_AUDIENCES).toContain(viewerAudience(r));
  });
});

describe('roleAudience', () => {
  it('speaks to the family in their own words and to everyone else as a professional', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, roleAudience(r)]))).toEqual({
      iro: 'professional',
      iro_manager: 'professional',
      social_worker: 'professional',
      advocate: 'professional',
      guardian: 'professional',
      parent: 'parent',
      foster_carer: 'carer',
      young_person: 'young_person',
    });
  });
});
