import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import {
  AUTHORITY_ACTIONS,
  childScope,
  mayPerformForAuthority,
  mayPerform,
  maySeeField,
  outcomeAudiences,
  ownContactRelationship,
  oversightScope,
  relationshipTo,
  type SensitiveLabel,
} from './policy';
import { RELATIONSHIP_KINDS, type RelationshipKind } from './relationships';

const LA = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER_LA = 'aaaaaaaa-0000-4000-8000-000000000002';
const child = { id: 'c1', localAuthorityId: LA };

const actor = (over: Partial<Actor>): Actor => ({
  personId: 'p1',
  role: 'iro',
  localAuthorityId: LA,
  relationships: [],
  ...over,
});

describe('relationshipTo', () => {
  it('gives nothing to a role without a relationship to the child', () => {
    for (const role of ['iro', 'social_worker', 'parent', 'foster_carer', 'advocate', 'guardian'] as const) {
      expect(relationshipTo(actor({ role }), child)).toBeNull();
    }
  });

  it('returns the stored relationship to that child only', () => {
    const iro = actor({ relationships: [{ childId: 'c1', kind: 'iro' }] });
    expect(relationshipTo(iro, child)).toBe('iro');
    expect(relationshipTo(iro, { id: 'c2', localAuthorityId: LA })).toBeNull();
  });

  it('prefers the widest relationship when two hold', () => {
    const both = actor({
      relationships: [
        { childId: 'c1', kind: 'parent' },
        { childId: 'c1', kind: 'social_worker' },
      ],
    });
    expect(relationshipTo(both, child)).toBe('social_worker');
  });

  it('gives an IRO manager their own local authority’s children and no other', () => {
    const manager = actor({ role: 'iro_manager' });
    expect(relationshipTo(manager, child)).toBe('manager');
    expect(relationshipTo(manager, { id: 'c3', localAuthorityId: OTHER_LA })).toBeNull();
    expect(relationshipTo(manager, { id: 'c4', localAuthorityId: null })).toBeNull();
  });

  it('does not give an IRO the manager’s organisation-wide view', () => {
    expect(relationshipTo(actor({ role: 'iro' }), child)).toBeNull();
  });
});

describe('maySeeField: placement address', () => {
  const carer = actor({ personId: 'carer-1', role: 'foster_carer' });
  it.each([
    ['iro', true],
    ['social_worker', true],
    ['parent', false],
    ['self', false],
    ['advocate', false],
    ['guardian', false],
    ['manager', false],
  ] as const)('%s → %s', (relationship, visible) => {
    expect(maySeeField(actor({}), relationship, 'placement_address')).toBe(visible);
  });

  it('lets a carer see their own household’s address but not another carer’s', () => {
    expect(maySeeField(carer, 'carer', 'placement_address', 'carer-1')).toBe(true);
    expect(maySeeField(carer, 'carer', 'placement_address', 'carer-2')).toBe(false);
  });

  it('never shows anything without a relationship', () => {
    expect(maySeeField(actor({}), null, 'placement_address')).toBe(false);
  });
});

describe.each(['placement_plan', 'child_school'] as const)('maySeeField: %s', (label) => {
  const carer = actor({ personId: 'carer-1', role: 'foster_carer' });
  it.each([
    ['iro', true],
    ['social_worker', true],
    ['manager', true],
    ['self', true],
    ['parent', false],
    ['advocate', false],
    ['guardian', false],
  ] as const)('%s → %s', (relationship, visible) => {
    expect(maySeeField(actor({}), relationship, label)).toBe(visible);
  });

  it('a carer sees their own placement’s only', () => {
    expect(maySeeField(carer, 'carer', label, 'carer-1')).toBe(true);
    expect(maySeeField(carer, 'carer', label, 'carer-2')).toBe(false);
  });
});

describe('mayPerform: placement plan and visits', () => {
  it('only the social worker records them', () => {
    for (const action of ['record_placement_plan', 'record_social_worker_visit'] as const) {
      expect(mayPerform('social_worker', action)).toBe(true);
      for (const other of ['iro', 'carer', 'parent', 'self', 'manager'] as const) {
        expect(mayPerform(other, action)).toBe(false);
      }
    }
  });
});

describe('maySeeField: carer identity', () => {
  it('is withheld from a birth parent and shown to the young person', () => {
    expect(maySeeField(actor({}), 'parent', 'carer_identity')).toBe(false);
    expect(maySeeField(actor({}), 'self', 'carer_identity')).toBe(true);
  });
});

/**
 * Who sees each label that needs nothing but the relationship, written out here independently of SENSITIVE_FIELDS
 * (decisions 0008–0011), and checked for every relationship there is.
 */
const WHO_SEES = {
  child_private_to_iro: ['iro'],
  review_record: ['iro', 'social_worker', 'manager', 'guardian'],
  review_recommendations: ['iro', 'social_worker', 'manager', 'guardian'],
  consultation_views: ['iro', 'social_worker'],
  child_iro_messages: ['iro', 'self'],
  safeguarding_shared_message: ['iro', 'social_worker', 'manager'],
  message_counts: ['iro', 'manager'],
  iro_challenge: ['iro', 'social_worker', 'manager'],
  family_network: ['iro', 'social_worker', 'manager', 'guardian'],
  contact_arrangement_history: ['iro', 'social_worker', 'manager', 'guardian'],
  contact_confidential_venue: ['iro', 'social_worker', 'manager', 'guardian', 'carer'],
  contact_cancellation_pattern: ['iro', 'social_worker', 'manager', 'guardian'],
  contact_session_record: ['iro', 'social_worker', 'manager', 'guardian'],
  contact_court_record: ['iro', 'social_worker', 'guardian'],
  iro_contact: ['iro', 'social_worker', 'manager', 'guardian', 'parent', 'carer', 'self'],
  professionals_only_passage: ['iro', 'social_worker', 'manager', 'guardian'],
  child_statutory_details: ['iro', 'social_worker', 'manager', 'guardian'],
} as const satisfies Partial<Record<SensitiveLabel, readonly RelationshipKind[]>>;

describe('maySeeField: labels decided by the relationship alone', () => {
  const cases = Object.entries(WHO_SEES).flatMap(([label, who]) =>
    RELATIONSHIP_KINDS.map(
      (r) => [label as SensitiveLabel, r, (who as readonly RelationshipKind[]).includes(r)] as const,
    ),
  );
  it.each(cases)('%s: %s → %s', (label, relationship, visible) => {
    expect(maySeeField(actor({}), relationship, label)).toBe(visible);
  });

  it.each(Object.keys(WHO_SEES) as SensitiveLabel[])('%s: nothing without a relationship', (label) => {
    expect(maySeeField(actor({}), null, label)).toBe(false);
  });
});

describe('the child’s messages to their IRO', () => {
  it('lets only the young person send and only the IRO reply, open the channel, share or mark them read', () => {
    expect(mayPerform('self', 'send_message_to_iro')).toBe(true);
    expect(mayPerform('iro', 'send_message_to_iro')).toBe(false);
    expect(mayPerform('parent', 'send_message_to_iro')).toBe(false);
    for (const action of [
      'reply_to_child',
      'enable_iro_channel',
      'share_message_for_safeguarding',
      'mark_messages_read',
    ] as const) {
      expect(mayPerform('iro', action)).toBe(true);
      expect(mayPerform('self', action)).toBe(false);
      expect(mayPerform('manager', action)).toBe(false);
      expect(mayPerform('social_worker', action)).toBe(false);
    }
  });
});

describe('IRO challenges', () => {
  it('lets only the allocated IRO raise, respond, escalate, resolve or refer', () => {
    for (const action of [
      'raise_iro_challenge',
      'record_challenge_response',
      'escalate_iro_challenge',
      'resolve_iro_challenge',
      'refer_challenge_to_cafcass',
    ] as const) {
      expect(mayPerform('iro', action)).toBe(true);
      expect(mayPerform('manager', action)).toBe(false);
      expect(mayPerform('social_worker', action)).toBe(false);
    }
  });
});

describe('contact with family: a parent sees only their own', () => {
  const mother = actor({ personId: 'mother', role: 'parent' });
  it.each(['contact_arrangements', 'contact_sessions'] as const)('%s: their own, never another’s', (label) => {
    expect(maySeeField(mother, 'parent', label, 'mother')).toBe(true);
    expect(maySeeField(mother, 'parent', label, 'father')).toBe(false);
    expect(maySeeField(mother, 'parent', label, null)).toBe(false);
    expect(maySeeField(mother, null, label, 'mother')).toBe(false);
  });

  it('gives the professionals every arrangement and session; the carer the sessions, not the arrangements', () => {
    for (const r of ['iro', 'social_worker', 'manager', 'guardian'] as const) {
      expect(maySeeField(actor({}), r, 'contact_arrangements', 'mother')).toBe(true);
      expect(maySeeField(actor({}), r, 'contact_sessions', 'mother')).toBe(true);
    }
    expect(maySeeField(actor({ role: 'foster_carer' }), 'carer', 'contact_sessions', 'mother')).toBe(true);
    expect(maySeeField(actor({ role: 'foster_carer' }), 'carer', 'contact_arrangements', 'mother')).toBe(false);
    for (const r of ['self', 'advocate'] as const) {
      expect(maySeeField(actor({}), r, 'contact_arrangements', 'mother')).toBe(false);
      expect(maySeeField(actor({}), r, 'contact_sessions', 'mother')).toBe(false);
    }
  });

  it('lets a family member without any relationship reach their own records only, as a parent', () => {
    expect(ownContactRelationship(mother, 'mother')).toBe('parent');
    expect(ownContactRelationship(mother, 'father')).toBeNull();
    expect(ownContactRelationship(mother, null)).toBeNull();
    expect(ownContactRelationship(actor({ personId: 'mother', role: 'foster_carer' }), 'mother')).toBeNull();
  });
});

describe('the family network', () => {
  it('lets only the carer write the note on how the child was after contact', () => {
    expect(mayPerform('carer', 'record_contact_carer_note')).toBe(true);
    for (const other of ['iro', 'social_worker', 'manager', 'guardian', 'parent', 'self', 'advocate'] as const) {
      expect(mayPerform(other, 'record_contact_carer_note')).toBe(false);
    }
  });

  it.each(['record_family_member', 'manage_contact_arrangements', 'record_contact_session'] as const)(
    '%s: the social worker only',
    (action) => {
      expect(mayPerform('social_worker', action)).toBe(true);
      for (const other of ['iro', 'manager', 'guardian', 'parent', 'carer', 'self', 'advocate'] as const) {
        expect(mayPerform(other, action)).toBe(false);
      }
      expect(mayPerform(null, action)).toBe(false);
    },
  );
});

describe('mayPerform', () => {
  it('lets only the allocated IRO add recommendations and record their outcomes', () => {
    for (const action of ['add_recommendation', 'record_recommendation_outcome'] as const) {
      expect(mayPerform('iro', action)).toBe(true);
      for (const other of ['social_worker', 'manager', 'guardian', 'parent', 'carer', 'self', 'advocate'] as const) {
        expect(mayPerform(other, action)).toBe(false);
      }
      expect(mayPerform(null, action)).toBe(false);
    }
  });

  it('lets only the IRO schedule, record and publish a review', () => {
    for (const action of [
      'schedule_review',
      'record_review_meeting',
      'record_review_timescales',
      'publish_review_outcome',
    ] as const) {
      expect(mayPerform('iro', action)).toBe(true);
      for (const other of ['social_worker', 'manager', 'parent', 'carer', 'self'] as const)
        expect(mayPerform(other, action)).toBe(false);
    }
  });

  it('lets the young person, a parent with PR and the carer send views before a review, and no one else', () => {
    for (const who of ['self', 'parent', 'carer'] as const) expect(mayPerform(who, 'submit_review_views')).toBe(true);
    for (const who of ['iro', 'social_worker', 'manager', 'advocate', 'guardian'] as const) {
      expect(mayPerform(who, 'submit_review_views')).toBe(false);
    }
  });

  it('lets only the allocated IRO record a review', () => {
    expect(mayPerform('iro', 'record_review_held')).toBe(true);
    expect(mayPerform('social_worker', 'record_review_held')).toBe(false);
    expect(mayPerform('parent', 'record_review_held')).toBe(false);
    expect(mayPerform(null, 'record_review_held')).toBe(false);
  });

  it('lets the social worker, not the carer, start a placement', () => {
    expect(mayPerform('social_worker', 'start_placement')).toBe(true);
    expect(mayPerform('carer', 'start_placement')).toBe(false);
  });
});

describe('childScope', () => {
  it('lists the related children, and the local authority only for a manager', () => {
    const iro = actor({
      relationships: [
        { childId: 'c1', kind: 'iro' },
        { childId: 'c1', kind: 'parent' },
      ],
    });
    expect(childScope(iro)).toEqual({ childIds: ['c1'], localAuthorityId: null });
    expect(childScope(actor({ role: 'iro_manager' })).localAuthorityId).toBe(LA);
  });
});

describe('oversightScope', () => {
  it('gives an IRO manager their own local authority’s figures and every other role none', () => {
    expect(oversightScope(actor({ role: 'iro_manager' }))).toBe(LA);
    for (const role of [
      'iro',
      'social_worker',
      'parent',
      'foster_carer',
      'advocate',
      'guardian',
      'young_person',
    ] as const) {
      expect(oversightScope(actor({ role, relationships: [{ childId: 'c1', kind: 'iro' }] }))).toBeNull();
    }
  });
});

describe('the care plan (docs/decisions/0006)', () => {
  it.each([
    ['iro', true, true, true],
    ['social_worker', true, true, true],
    ['manager', true, true, true],
    ['guardian', true, true, false],
    ['parent', true, true, false],
    ['self', true, true, false],
    ['carer', false, true, false],
    ['advocate', false, false, false],
  ] as const)('%s: plan %s, arrangements %s, flags %s', (relationship, plan, arrangements, flags) => {
    const carer = actor({ personId: 'carer-1', role: 'foster_carer' });
    expect(maySeeField(carer, relationship, 'care_plan')).toBe(plan);
    expect(maySeeField(carer, relationship, 'care_plan_arrangements')).toBe(arrangements);
    expect(maySeeField(carer, relationship, 'care_plan_flags')).toBe(flags);
  });

  it('shows nothing of it without a relationship', () => {
    for (const label of ['care_plan', 'care_plan_arrangements', 'care_plan_flags'] as const) {
      expect(maySeeField(actor({}), null, label)).toBe(false);
    }
  });

  it('lets only the social worker save it: not the IRO, who reviews the plan but does not write it', () => {
    expect(mayPerform('social_worker', 'save_care_plan')).toBe(true);
    for (const r of ['iro', 'manager', 'parent', 'carer', 'self', 'guardian', 'advocate'] as const) {
      expect(mayPerform(r, 'save_care_plan')).toBe(false);
    }
    expect(mayPerform(null, 'save_care_plan')).toBe(false);
  });
});

describe('outcomeAudiences', () => {
  it.each([
    ['self', ['child']],
    ['parent', ['parent']],
    ['carer', ['carer']],
    ['iro', ['child', 'parent', 'carer']],
    ['social_worker', ['child', 'parent', 'carer']],
    ['manager', ['child', 'parent', 'carer']],
    ['guardian', ['child', 'parent', 'carer']],
    ['advocate', []],
    [null, []],
  ] as const)('%s receives %j', (relationship, audiences) => {
    expect(outcomeAudiences(relationship)).toEqual(audiences);
  });
});

describe('authority actions: registering a child and the local authority’s settings', () => {
  const roles = [
    'iro',
    'iro_manager',
    'social_worker',
    'advocate',
    'guardian',
    'parent',
    'foster_carer',
    'young_person',
  ] as const;

  it.each(roles)('%s registers a child only as a social worker of that authority', (role) => {
    expect(mayPerformForAuthority(actor({ role }), 'register_child', LA)).toBe(role === 'social_worker');
  });

  it.each(roles)('%s changes the authority’s settings only as its IRO manager', (role) => {
    expect(mayPerformForAuthority(actor({ role }), 'manage_local_authority_settings', LA)).toBe(role === 'iro_manager');
  });

  it('gives nothing for another local authority, or to someone with no authority', () => {
    for (const action of Object.keys(AUTHORITY_ACTIONS) as Array<keyof typeof AUTHORITY_ACTIONS>) {
      const role = AUTHORITY_ACTIONS[action][0];
      expect(mayPerformForAuthority(actor({ role }), action, OTHER_LA)).toBe(false);
      expect(mayPerformForAuthority(actor({ role, localAuthorityId: null }), action, LA)).toBe(false);
      expect(mayPerformForAuthority(actor({ role }), action, null)).toBe(false);
    }
  });
});

describe('allocating the IRO', () => {
  it('is the manager’s, not the social worker’s: the IRO is independent of the case', () => {
    for (const r of RELATIONSHIP_KINDS) expect(mayPerform(r, 'allocate_iro')).toBe(r === 'manager');
  });
});
