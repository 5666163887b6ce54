import type { ViewerAudience, ViewerFragment } from './graphql/generated/graphql';

// What a page offers the signed-in person for one child (links, sections, forms, wording), read from the graph's
// answer `Child.viewerCan` (the `Viewer` fragment, viewer.server.ts), which the gateway computes from the one
// access policy in packages/access. The portal keeps no copy of who may do what: each function here names what
// the page does with the answer and reads one or two of its Booleans. The graph still refuses whatever these
// offer by mistake: they decide what the page shows, not what is allowed.
// Client-safe (no server imports, type-only import of the generated types), so page components may use them too.

/** What the functions below read: the child's `viewerCan`, selected by `...Viewer`. */
export type Viewed = ViewerFragment;

// Wording: which words, and which published version of a review is the reader's own.

/** The young person reading their own record: pages speak to them ("your plan"). */
export const speaksToYoungPerson = (c: Viewed): boolean => c.viewerCan.audience === 'YOUNG_PERSON';
/** Which published version of a review's outcome is written for each audience (professionals read all three). */
const OWN_OUTCOME_VERSION: Record<ViewerAudience, 'child' | 'parent' | 'carer' | null> = {
  YOUNG_PERSON: 'child',
  PARENT: 'parent',
  CARER: 'carer',
  PROFESSIONAL: null,
};
/** The published version of a review's outcome written for this reader, headed as theirs ("What was decided"). */
export const ownOutcomeVersion = (c: Viewed): 'child' | 'parent' | 'carer' | null =>
  OWN_OUTCOME_VERSION[c.viewerCan.audience];

/**
 * Tells a family (the young person, a parent, the carer) who the IRO is and how to contact them, in their own words;
 * the professionals around the child already know.
 */
export const toldHowToContactIro = (c: Viewed): boolean =>
  c.viewerCan.audience !== 'PROFESSIONAL' && c.viewerCan.see.iroContact;

// The care plan.

/** Offers "Update the care plan" and its form: saving a new version of the care plan. */
export const canSaveCarePlan = (c: Viewed): boolean => c.viewerCan.do.saveCarePlan;

// Reviews.

/** Offers "Schedule a review" and its form. */
export const canScheduleReview = (c: Viewed): boolean => c.viewerCan.do.scheduleReview;
/** Offers "Record the meeting" / "Change the record of this review" and the record form. */
export const canRecordReviewMeeting = (c: Viewed): boolean => c.viewerCan.do.recordReviewMeeting;
/** Offers "Publish the outcome" and its form. */
export const canPublishReviewOutcome = (c: Viewed): boolean => c.viewerCan.do.publishReviewOutcome;
/** Offers the forms marking decisions issued and the full record completed. */
export const canRecordReviewTimescales = (c: Viewed): boolean => c.viewerCan.do.recordReviewTimescales;
/** Offers the form for the date the IRO spoke to the child before the meeting. */
export const canRecordConversationWithChild = (c: Viewed): boolean => c.viewerCan.do.recordConversationWithChild;
/** Offers a held review's recommendations page: adding recommendations and recording their outcomes. */
export const canRecordRecommendations = (c: Viewed): boolean =>
  c.viewerCan.do.addRecommendation && c.viewerCan.do.recordRecommendationOutcome;
/** Shows the professional record of a review (how the child took part, views sent, decisions, invitations). */
export const seesReviewRecord = (c: Viewed): boolean => c.viewerCan.see.reviewRecord;
/** Offers the form for the reader's own views before a review, and links a review by what is shared with them. */
export const canSubmitReviewViews = (c: Viewed): boolean => c.viewerCan.do.submitReviewViews;

// Messages between the young person and their IRO.

/** Shows the messages page at all (anyone else gets "Page not found"). */
export const seesIroMessages = (c: Viewed): boolean => c.viewerCan.see.childIroMessages;
/** The young person's side of the messages page: a form to write to their IRO (otherwise the IRO's, with replies). */
export const canMessageIro = (c: Viewed): boolean => c.viewerCan.do.sendMessageToIro;
/** Opening the messages page is the reader's read receipt (the IRO's, for the caseload's unread count). */
export const marksMessagesRead = (c: Viewed): boolean => c.viewerCan.do.markMessagesRead;

// IRO challenges.

/** Shows the challenges pages at all. */
export const seesIroChallenges = (c: Viewed): boolean => c.viewerCan.see.iroChallenge;
/** What may be done with a challenge: each offers its link or form. */
export const challengeActions = (c: Viewed) => ({
  raise: c.viewerCan.do.raiseIroChallenge,
  respond: c.viewerCan.do.recordChallengeResponse,
  escalate: c.viewerCan.do.escalateIroChallenge,
  resolve: c.viewerCan.do.resolveIroChallenge,
  refer: c.viewerCan.do.referChallengeToCafcass,
});

// Contact with family.

/** Shows the contact page at all: the sessions to come (a parent their own, the carer all, the professionals all). */
export const seesContactSessions = (c: Viewed): boolean => c.viewerCan.see.contactSessions;

// Delegated authority: who may take which everyday decisions (DOMAIN.md §4).

/** Shows the decisions page: the carer of the placement, the professionals, a parent with PR, the young person. */
export const seesDelegatedAuthority = (c: Viewed): boolean => c.viewerCan.see.delegatedAuthority;

/** The parts of a child's record, each offered to those the graph shows it to. */
export const SECTIONS = [
  {
    path: 'plan',
    text: 'Care plan',
    youngText: 'Your plan',
    // The carer sees the arrangements (the "relevant parts") though not the whole plan; the page shows what it gets.
    shownTo: (c: Viewed) => c.viewerCan.see.carePlanArrangements,
  },
  {
    path: 'reviews',
    text: 'Reviews',
    youngText: 'Your reviews',
    // The professionals see the record; the young person, parent and carer send their views and each receive a
    // published version of the outcome (OUTCOME_AUDIENCES): the same people who are consulted.
    shownTo: (c: Viewed) => seesReviewRecord(c) || canSubmitReviewViews(c),
  },
  {
    path: 'recommendations',
    text: 'Review recommendations',
    shownTo: (c: Viewed) => c.viewerCan.see.reviewRecommendations,
  },
  { path: 'contact', text: 'Contact with family', shownTo: seesContactSessions },
  { path: 'messages', text: 'Messages from the young person', youngText: 'Message your IRO', shownTo: seesIroMessages },
  { path: 'challenges', text: 'IRO challenges', shownTo: seesIroChallenges },
  {
    path: 'decisions',
    text: 'Who decides what',
    youngText: 'Who decides what about your life',
    shownTo: seesDelegatedAuthority,
  },
] as const satisfies ReadonlyArray<{
  path: string;
  text: string;
  youngText?: string;
  shownTo: (child: Viewed) => boolean;
}>;
