import type { RelationshipKind } from './graphql/generated/graphql';

// Every decision the portal takes from how the signed-in person stands to a child, in one place. These copy rules
// that belong to the one policy in packages/access; they are here only until the graph answers `Child.viewerCan`
// (being added beside this work), when each function will read viewerCan instead and the relationship tables go.
// The graph still refuses whatever these offer by mistake: they decide what the page shows, not what is allowed.
// Client-safe (no server imports), so page components may use them too.

/** What the functions below read: the child's `relationship` from the graph. */
export interface Viewed {
  relationship: RelationshipKind;
}

const is =
  (...kinds: RelationshipKind[]) =>
  (child: Viewed): boolean =>
    kinds.includes(child.relationship);

/** The young person reading their own record: pages speak to them ("your plan"). */
export const isYoungPerson = is('SELF');
/** The child's IRO: records reviews, makes recommendations, raises challenges, answers messages. */
export const isChildsIro = is('IRO');
/** Sees the full professional view of reviews (decisions, timescales, invitations). */
export const isProfessional = is('IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN');
/** Sends views before a review and reads their own version of its outcome. */
export const isContributor = is('SELF', 'PARENT', 'CARER');
/** The parent, reading the parent version of a review's outcome. */
export const isParent = is('PARENT');
/** The carer, reading the carer version of a review's outcome. */
export const isCarer = is('CARER');

/** Only the social worker saves a new version of the care plan. */
export const canEditPlan = is('SOCIAL_WORKER');
/** Plans, records and publishes reviews, and records their recommendations. */
export const canManageReviews = is('IRO');
/** The IRO's challenges: raised by the IRO, answered by the social worker, overseen by the manager. */
export const canSeeChallenges = is('IRO', 'SOCIAL_WORKER', 'MANAGER');
/** Raises, escalates and closes challenges. */
export const canActOnChallenges = is('IRO');
/** The messages between the young person and their IRO. */
export const canSeeMessages = is('SELF', 'IRO');

/** The parts of a child's record, each offered to those the graph shows it to. */
export const SECTIONS = [
  {
    path: 'plan',
    text: 'Care plan',
    youngText: 'Your plan',
    shownTo: is('IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN', 'PARENT', 'CARER', 'SELF'),
  },
  {
    path: 'reviews',
    text: 'Reviews',
    youngText: 'Your reviews',
    shownTo: is('IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN', 'PARENT', 'CARER', 'SELF'),
  },
  {
    path: 'recommendations',
    text: 'Review recommendations',
    shownTo: is('IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN'),
  },
  { path: 'messages', text: 'Messages from the young person', youngText: 'Message your IRO', shownTo: canSeeMessages },
  { path: 'challenges', text: 'IRO challenges', shownTo: canSeeChallenges },
] as const satisfies ReadonlyArray<{
  path: string;
  text: string;
  youngText?: string;
  shownTo: (child: Viewed) => boolean;
}>;
