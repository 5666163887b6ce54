import { type RelationshipKind as PolicyRelationship, viewerCapabilities } from '@lac/access';
import { describe, expect, it } from 'vitest';
import { childSections } from './components/child-sections';
import type { RelationshipKind, ViewerAudience } from './graphql/generated/graphql';
import {
  SECTIONS,
  type Viewed,
  canMessageIro,
  marksMessagesRead,
  canPublishReviewOutcome,
  canRecordConversationWithChild,
  canRecordRecommendations,
  canRecordReviewMeeting,
  canRecordReviewTimescales,
  canSaveCarePlan,
  canScheduleReview,
  canSubmitReviewViews,
  challengeActions,
  ownOutcomeVersion,
  seesContactSessions,
  seesIroChallenges,
  seesIroMessages,
  seesReviewRecord,
  speaksToYoungPerson,
  toldHowToContactIro,
} from './viewer';

type See = Viewed['viewerCan']['see'];
type Do = Viewed['viewerCan']['do'];

/** A viewer who may see and do nothing the fragment asks about, in professional words; each test adds one thing. */
function viewer(change: { see?: Partial<See>; do?: Partial<Do>; audience?: ViewerAudience } = {}): Viewed {
  const see: See = {
    carePlanArrangements: false,
    reviewRecommendations: false,
    reviewRecord: false,
    childIroMessages: false,
    iroChallenge: false,
    contactSessions: false,
    iroContact: false,
    delegatedAuthority: false,
    delegatedAuthorityHistory: false,
  };
  const can: Do = {
    saveCarePlan: false,
    scheduleReview: false,
    recordReviewMeeting: false,
    publishReviewOutcome: false,
    recordReviewTimescales: false,
    recordConversationWithChild: false,
    addRecommendation: false,
    recordRecommendationOutcome: false,
    submitReviewViews: false,
    sendMessageToIro: false,
    markMessagesRead: false,
    raiseIroChallenge: false,
    recordChallengeResponse: false,
    escalateIroChallenge: false,
    resolveIroChallenge: false,
    referChallengeToCafcass: false,
    saveDelegatedAuthority: false,
    requestDelegatedAuthorityChange: false,
    decideDelegatedAuthorityRequest: false,
    confirmDelegatedAuthority: false,
  };
  return {
    viewerCan: {
      see: { ...see, ...change.see },
      do: { ...can, ...change.do },
      audience: change.audience ?? 'PROFESSIONAL',
    },
  };
}

describe('each decision reads the graph’s viewerCan', () => {
  const nobody = viewer();

  it('speaks to the young person only when the audience is the young person', () => {
    expect(speaksToYoungPerson(viewer({ audience: 'YOUNG_PERSON' }))).toBe(true);
    for (const audience of ['PROFESSIONAL', 'PARENT', 'CARER'] as const) {
      expect(speaksToYoungPerson(viewer({ audience }))).toBe(false);
    }
  });

  it('heads as the reader’s own only the published version written for their audience', () => {
    expect(ownOutcomeVersion(viewer({ audience: 'YOUNG_PERSON' }))).toBe('child');
    expect(ownOutcomeVersion(viewer({ audience: 'PARENT' }))).toBe('parent');
    expect(ownOutcomeVersion(viewer({ audience: 'CARER' }))).toBe('carer');
    expect(ownOutcomeVersion(viewer({ audience: 'PROFESSIONAL' }))).toBe(null);
  });

  const ONE_FLAG: Array<[string, (c: Viewed) => boolean, { see?: Partial<See>; do?: Partial<Do> }]> = [
    ['canSaveCarePlan', canSaveCarePlan, { do: { saveCarePlan: true } }],
    ['canScheduleReview', canScheduleReview, { do: { scheduleReview: true } }],
    ['canRecordReviewMeeting', canRecordReviewMeeting, { do: { recordReviewMeeting: true } }],
    ['canPublishReviewOutcome', canPublishReviewOutcome, { do: { publishReviewOutcome: true } }],
    ['canRecordReviewTimescales', canRecordReviewTimescales, { do: { recordReviewTimescales: true } }],
    ['canRecordConversationWithChild', canRecordConversationWithChild, { do: { recordConversationWithChild: true } }],
    ['seesReviewRecord', seesReviewRecord, { see: { reviewRecord: true } }],
    ['canSubmitReviewViews', canSubmitReviewViews, { do: { submitReviewViews: true } }],
    ['seesIroMessages', seesIroMessages, { see: { childIroMessages: true } }],
    ['canMessageIro', canMessageIro, { do: { sendMessageToIro: true } }],
    ['marksMessagesRead', marksMessagesRead, { do: { markMessagesRead: true } }],
    ['seesIroChallenges', seesIroChallenges, { see: { iroChallenge: true } }],
    ['seesContactSessions', seesContactSessions, { see: { contactSessions: true } }],
  ];
  for (const [name, decide, flag] of ONE_FLAG) {
    it(`${name}: ${JSON.stringify(flag)}`, () => {
      expect(decide(nobody)).toBe(false);
      expect(decide(viewer(flag))).toBe(true);
    });
  }

  it('tells a family, not the professionals, who the IRO is and how to contact them, when the graph shows it', () => {
    for (const audience of ['YOUNG_PERSON', 'PARENT', 'CARER'] as const) {
      expect(toldHowToContactIro(viewer({ audience, see: { iroContact: true } }))).toBe(true);
      expect(toldHowToContactIro(viewer({ audience }))).toBe(false);
    }
    expect(toldHowToContactIro(viewer({ see: { iroContact: true } }))).toBe(false);
  });

  it('offers the recommendations page to whoever may both add recommendations and record their outcomes', () => {
    expect(canRecordRecommendations(viewer({ do: { addRecommendation: true } }))).toBe(false);
    expect(canRecordRecommendations(viewer({ do: { recordRecommendationOutcome: true } }))).toBe(false);
    expect(
      canRecordRecommendations(viewer({ do: { addRecommendation: true, recordRecommendationOutcome: true } })),
    ).toBe(true);
  });

  it('offers each step of a challenge by its own action', () => {
    expect(challengeActions(nobody)).toEqual({
      raise: false,
      respond: false,
      escalate: false,
      resolve: false,
      refer: false,
    });
    expect(challengeActions(viewer({ do: { escalateIroChallenge: true } }))).toEqual({
      raise: false,
      respond: false,
      escalate: true,
      resolve: false,
      refer: false,
    });
  });

  it('offers each section from what the viewer may see or do', () => {
    const shown = (c: Viewed) => SECTIONS.filter((s) => s.shownTo(c)).map((s) => s.path);
    expect(shown(nobody)).toEqual([]);
    expect(shown(viewer({ see: { carePlanArrangements: true } }))).toEqual(['plan']);
    expect(shown(viewer({ see: { reviewRecord: true } }))).toEqual(['reviews']);
    expect(shown(viewer({ do: { submitReviewViews: true } }))).toEqual(['reviews']);
    expect(shown(viewer({ see: { reviewRecommendations: true } }))).toEqual(['recommendations']);
    expect(shown(viewer({ see: { childIroMessages: true } }))).toEqual(['messages']);
    expect(shown(viewer({ see: { iroChallenge: true } }))).toEqual(['challenges']);
    expect(shown(viewer({ see: { contactSessions: true } }))).toEqual(['contact']);
  });
});

// Every relationship the schema knows, so a new one must be placed below (the Record fails the typecheck).
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

/** What the graph answers for each relationship: viewerCapabilities, the function its resolver calls. */
function fromPolicy(kind: RelationshipKind): Viewed {
  const actor = { personId: 'p-1', role: 'iro' as const, localAuthorityId: 'la-1', relationships: [] };
  const can = viewerCapabilities(actor, kind.toLowerCase() as PolicyRelationship);
  return { viewerCan: { see: can.see, do: can.do, audience: can.audience.toUpperCase() as ViewerAudience } };
}

/**
 * What the portal offered each relationship before it read viewerCan, when it compared `relationship` itself
 * (the old isYoungPerson, isParent, isCarer, canEditPlan, canManageReviews, isProfessional, isContributor,
 * canSeeMessages, canSeeChallenges, canActOnChallenges). Reading viewerCan must offer exactly the same.
 */
const BEFORE: Array<[string, (c: Viewed) => boolean, RelationshipKind[]]> = [
  ['speaksToYoungPerson', speaksToYoungPerson, ['SELF']],
  ['ownOutcomeVersion child', (c) => ownOutcomeVersion(c) === 'child', ['SELF']],
  ['ownOutcomeVersion parent', (c) => ownOutcomeVersion(c) === 'parent', ['PARENT']],
  ['ownOutcomeVersion carer', (c) => ownOutcomeVersion(c) === 'carer', ['CARER']],
  ['canSaveCarePlan', canSaveCarePlan, ['SOCIAL_WORKER']],
  ['canScheduleReview', canScheduleReview, ['IRO']],
  ['canRecordReviewMeeting', canRecordReviewMeeting, ['IRO']],
  ['canPublishReviewOutcome', canPublishReviewOutcome, ['IRO']],
  ['canRecordReviewTimescales', canRecordReviewTimescales, ['IRO']],
  ['canRecordConversationWithChild', canRecordConversationWithChild, ['IRO']],
  ['canRecordRecommendations', canRecordRecommendations, ['IRO']],
  ['seesReviewRecord', seesReviewRecord, ['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN']],
  ['canSubmitReviewViews', canSubmitReviewViews, ['SELF', 'PARENT', 'CARER']],
  ['seesIroMessages', seesIroMessages, ['SELF', 'IRO']],
  ['canMessageIro', canMessageIro, ['SELF']],
  ['marksMessagesRead', marksMessagesRead, ['IRO']],
  ['seesIroChallenges', seesIroChallenges, ['IRO', 'SOCIAL_WORKER', 'MANAGER']],
  ['seesContactSessions', seesContactSessions, ['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN', 'CARER', 'PARENT']],
  ['challengeActions raise', (c) => challengeActions(c).raise, ['IRO']],
  ['challengeActions respond', (c) => challengeActions(c).respond, ['IRO']],
  ['challengeActions escalate', (c) => challengeActions(c).escalate, ['IRO']],
  ['challengeActions resolve', (c) => challengeActions(c).resolve, ['IRO']],
  ['challengeActions refer', (c) => challengeActions(c).refer, ['IRO']],
];

/** The links to the parts of the record each relationship was offered, in the young person's words for them. */
const LINKS_BEFORE: Record<RelationshipKind, string[]> = {
  IRO: [
    'Care plan',
    'Reviews',
    'Review recommendations',
    'Contact with family',
    'Messages from the young person',
    'IRO challenges',
    'Who decides what',
  ],
  SOCIAL_WORKER: [
    'Care plan',
    'Reviews',
    'Review recommendations',
    'Contact with family',
    'IRO challenges',
    'Who decides what',
  ],
  MANAGER: [
    'Care plan',
    'Reviews',
    'Review recommendations',
    'Contact with family',
    'IRO challenges',
    'Who decides what',
  ],
  GUARDIAN: ['Care plan', 'Reviews', 'Review recommendations', 'Contact with family', 'Who decides what'],
  // Contact (docs/security.md#sensitive-labels): a parent sees their own sessions, the carer those they take the child
  // to. Delegated authority (DOMAIN.md §4): everyone with a relationship but the advocate.
  PARENT: ['Care plan', 'Reviews', 'Contact with family', 'Who decides what'],
  CARER: ['Care plan', 'Reviews', 'Contact with family', 'Who decides what'],
  SELF: ['Your plan', 'Your reviews', 'Message your IRO', 'Who decides what about your life'],
  ADVOCATE: [],
};

describe('from the policy’s viewerCan, each relationship is offered what it was offered before', () => {
  for (const kind of kinds) {
    it(kind, () => {
      const child = fromPolicy(kind);
      const offered = BEFORE.filter(([, decide]) => decide(child)).map(([name]) => name);
      expect(offered).toEqual(BEFORE.filter(([, , before]) => before.includes(kind)).map(([name]) => name));
      expect(childSections({ id: 'c-1', ...child }).map((l) => l.text)).toEqual(LINKS_BEFORE[kind]);
    });
  }

  it('links into the child’s own address', () => {
    expect(childSections({ id: 'c 1', ...fromPolicy('IRO') })[0]?.href).toBe('/children/c%201/plan');
  });
});
