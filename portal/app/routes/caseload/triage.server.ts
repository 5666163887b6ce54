import type { ReviewStatus } from '../../graphql/generated/graphql';

/**
 * What needs the IRO's attention, in the order a child's case is most urgent: a review already late first, then a
 * booking after the date the review must happen by, then a local authority that has not answered a challenge in time, then messages from the child the IRO has not read yet,
 * then a review about to fall due, then drift and paperwork, then a placement plan not agreed in time, then the care plan (docs/domain.md#the-iros-role).
 */
export const CONCERNS = [
  'overdueReview',
  'bookedAfterDueBy',
  'overdueChallengeResponse',
  'unreadMessages',
  'dueSoonReview',
  'driftingRecommendations',
  'overdueRecords',
  'placementPlanOverdue',
  'carePlanFlags',
] as const;
export type Concern = (typeof CONCERNS)[number];

export const CONCERN_LABELS: Record<Concern, string> = {
  overdueReview: 'Review overdue',
  bookedAfterDueBy: 'Review booked after its due date',
  overdueChallengeResponse: 'Challenge response overdue',
  unreadMessages: 'Unread messages from the child',
  dueSoonReview: 'Review due soon',
  driftingRecommendations: 'Recommendations drifting',
  overdueRecords: 'Review records overdue',
  placementPlanOverdue: 'Placement plan overdue',
  carePlanFlags: 'Care plan flags',
};

export const isConcern = (value: string): value is Concern => (CONCERNS as readonly string[]).includes(value);

export const SORTS = { urgency: 'Most urgent first', due: 'Next review due', name: 'Name' } as const;
export type Sort = keyof typeof SORTS;
export const isSort = (value: string | null): value is Sort =>
  value !== null && Object.prototype.hasOwnProperty.call(SORTS, value);

/** One caseload row's facts as the graph gave them (null where it withheld or could not compute them). */
export interface TriageFacts {
  name: string;
  dueBy: string | null;
  status: ReviewStatus | null;
  /** Booked for a date after the statutory one: the review will be late unless it is moved. */
  bookedAfterDueBy: boolean;
  overdueChallengeResponseCount: number | null;
  /** The child's messages the IRO has not opened yet (a read receipt, not whether they replied). */
  unreadMessages: number | null;
  driftingRecommendationCount: number | null;
  overdueReviewRecords: number | null;
  carePlanFlagCount: number | null;
  /** The current placement's plan was not agreed in time (CPPCR reg 9); false when the graph withheld it. */
  placementPlanOverdue: boolean;
}

/** The concerns a child has, most urgent first. */
export function concernsOf(c: TriageFacts): Concern[] {
  const has: Record<Concern, boolean> = {
    overdueReview: c.status === 'OVERDUE',
    bookedAfterDueBy: c.bookedAfterDueBy,
    overdueChallengeResponse: (c.overdueChallengeResponseCount ?? 0) > 0,
    unreadMessages: (c.unreadMessages ?? 0) > 0,
    dueSoonReview: c.status === 'DUE_SOON',
    driftingRecommendations: (c.driftingRecommendationCount ?? 0) > 0,
    overdueRecords: (c.overdueReviewRecords ?? 0) > 0,
    placementPlanOverdue: c.placementPlanOverdue,
    carePlanFlags: (c.carePlanFlagCount ?? 0) > 0,
  };
  return CONCERNS.filter((k) => has[k]);
}

// One collator for every comparison: the same order as `localeCompare(…, 'en-GB')`, without its look-up per call.
const names = new Intl.Collator('en-GB');
const byName = (a: TriageFacts, b: TriageFacts) => names.compare(a.name, b.name);
/** Earliest due date first; a child with no review due (not looked after, or not computed) last. */
const byDue = (a: TriageFacts, b: TriageFacts) =>
  a.dueBy === b.dueBy ? 0 : a.dueBy === null ? 1 : b.dueBy === null ? -1 : a.dueBy < b.dueBy ? -1 : 1;

/**
 * Most urgent first: by the most urgent concern a child has, then by how many concerns they have, then by the
 * earliest review due, then by name. A child with no concern comes after every child with one.
 */
export function byUrgency(a: TriageFacts, b: TriageFacts): number {
  return urgencyBy(concernsOf)(a, b);
}

const rank = (c: Concern[]) => (c.length === 0 ? CONCERNS.length : CONCERNS.indexOf(c[0]));
function urgencyBy(concerns: (row: TriageFacts) => Concern[]) {
  return (a: TriageFacts, b: TriageFacts): number => {
    const ca = concerns(a);
    const cb = concerns(b);
    return rank(ca) - rank(cb) || cb.length - ca.length || byDue(a, b) || byName(a, b);
  };
}

/**
 * The children shown for the chosen filters (a child with any of the chosen concerns; every child when none is
 * chosen), in the chosen order.
 */
export function triage<T extends TriageFacts>(rows: readonly T[], filters: readonly Concern[], sort: Sort): T[] {
  // Each row's concerns worked out once, not twice per comparison of the sort.
  const known = new Map<TriageFacts, Concern[]>();
  const concerns = (row: TriageFacts) => {
    let found = known.get(row);
    if (!found) known.set(row, (found = concernsOf(row)));
    return found;
  };
  const shown = filters.length === 0 ? [...rows] : rows.filter((r) => concerns(r).some((c) => filters.includes(c)));
  const compare =
    sort === 'urgency' ? urgencyBy(concerns) : sort === 'due' ? (a: T, b: T) => byDue(a, b) || byName(a, b) : byName;
  return shown.sort(compare);
}
