import { describe, expect, it } from 'vitest';
import { childSections } from './components/child-sections';
import type { RelationshipKind } from './graphql/generated/graphql';
import {
  canActOnChallenges,
  canEditPlan,
  canManageReviews,
  canSeeChallenges,
  canSeeMessages,
  isCarer,
  isChildsIro,
  isContributor,
  isParent,
  isProfessional,
  isYoungPerson,
} from './viewer';

// Every relationship the schema knows, so a new one must be placed in each row below (the Record fails the typecheck).
const ALL: Record<RelationshipKind, true> = {
  IRO: true,
  SOCIAL_WORKER: true,
  CARER: true,
  PARENT: true,
  ADVOCATE: true,
  GUARDIAN: true,
  SELF: true,
  MANAGER: true,
};
const kinds = Object.keys(ALL) as RelationshipKind[];

/** Who each rule lets in; everyone else must be kept out. */
const RULES: Array<[string, (c: { relationship: RelationshipKind }) => boolean, RelationshipKind[]]> = [
  ['isYoungPerson', isYoungPerson, ['SELF']],
  ['isChildsIro', isChildsIro, ['IRO']],
  ['isProfessional', isProfessional, ['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN']],
  ['isContributor', isContributor, ['SELF', 'PARENT', 'CARER']],
  ['isParent', isParent, ['PARENT']],
  ['isCarer', isCarer, ['CARER']],
  ['canEditPlan', canEditPlan, ['SOCIAL_WORKER']],
  ['canManageReviews', canManageReviews, ['IRO']],
  ['canSeeChallenges', canSeeChallenges, ['IRO', 'SOCIAL_WORKER', 'MANAGER']],
  ['canActOnChallenges', canActOnChallenges, ['IRO']],
  ['canSeeMessages', canSeeMessages, ['SELF', 'IRO']],
];

describe('what the portal offers each relationship (until it reads Child.viewerCan)', () => {
  for (const [name, rule, allowed] of RULES) {
    it(`${name}: ${allowed.join(', ')} and nobody else`, () => {
      expect(kinds.filter((relationship) => rule({ relationship }))).toEqual(kinds.filter((k) => allowed.includes(k)));
    });
  }

  it('links each relationship to the parts of the record the graph shows it, in the young person’s words for them', () => {
    const links = (relationship: RelationshipKind) => childSections({ id: 'c-1', relationship }).map((l) => l.text);
    expect(links('IRO')).toEqual([
      'Care plan',
      'Reviews',
      'Review recommendations',
      'Messages from the young person',
      'IRO challenges',
    ]);
    expect(links('SOCIAL_WORKER')).toEqual(['Care plan', 'Reviews', 'Review recommendations', 'IRO challenges']);
    expect(links('MANAGER')).toEqual(['Care plan', 'Reviews', 'Review recommendations', 'IRO challenges']);
    expect(links('GUARDIAN')).toEqual(['Care plan', 'Reviews', 'Review recommendations']);
    expect(links('PARENT')).toEqual(['Care plan', 'Reviews']);
    expect(links('CARER')).toEqual(['Care plan', 'Reviews']);
    expect(links('SELF')).toEqual(['Your plan', 'Your reviews', 'Message your IRO']);
    expect(links('ADVOCATE')).toEqual([]);
    expect(childSections({ id: 'c 1', relationship: 'IRO' })[0]?.href).toBe('/children/c%201/plan');
  });
});
