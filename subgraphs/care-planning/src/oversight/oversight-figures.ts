import { type IsoDate, type ReviewHeld, isBefore, addDays, nextReviewDue, reviewTimeliness } from '@lac/statutory';
import { type CaseloadBand, caseloadBand } from './caseload-band';

export interface ChildFacts {
  childId: string;
  iroId: string | null;
  periods: Array<{ startDate: IsoDate; endDate: IsoDate | null }>;
  reviews: ReviewHeld[];
  /** Held reviews whose decisions or full record are overdue. */
  overdueRecords: number;
  driftingRecommendations: number;
  openChallenges: Array<{ stage: string; order: number; overdue: boolean }>;
  /** Why this child's facts could not be gathered (its records hold a date the rules cannot count from). */
  failure?: unknown;
  /**
   * The review figures as loaded for a whole authority: the status from the stored next review (reviewStatusOn)
   * and the reviews of the last 12 months with their timeliness, so no child runs the schedule rule on a read.
   * Without it (a child's facts built by hand) the same figures are worked out from `periods` and `reviews`.
   */
  stored?: ChildCounts;
}

export interface StageCount {
  stage: string;
  order: number;
  open: number;
  overdue: number;
}

export interface Counts {
  children: number;
  overdueReviews: number;
  dueSoonReviews: number;
  /** Reviews held in the 12 months up to today whose timeliness is known. */
  reviewsHeld: number;
  reviewsOnTime: number;
  overdueRecords: number;
  driftingRecommendations: number;
  openChallenges: number;
  overdueChallengeResponses: number;
}

export interface IroFigures extends Counts {
  iroId: string;
  band: CaseloadBand;
}

const empty = (): Counts => ({
  children: 0,
  overdueReviews: 0,
  dueSoonReviews: 0,
  reviewsHeld: 0,
  reviewsOnTime: 0,
  overdueRecords: 0,
  driftingRecommendations: 0,
  openChallenges: 0,
  overdueChallengeResponses: 0,
});

/** The figures a child can be counted in, each a link from the manager's page to the children behind it. */
export const FIGURES = [
  'children',
  'unallocated',
  'overdueReviews',
  'dueSoonReviews',
  'overdueRecords',
  'driftingRecommendations',
  'openChallenges',
  'overdueChallengeResponses',
] as const;
export type Figure = (typeof FIGURES)[number];

/** What one child adds to each figure (reviews held and on time are about reviews, not children, so listed apart). */
export type ChildContribution = Record<Figure, number> & { reviewsHeld: number; reviewsOnTime: number };

/**
 * What one child adds to every figure: the one place membership is decided, so a figure and the list of children
 * behind it cannot disagree. Throws when the child's dates cannot be worked out.
 */
export function childContribution(
  child: ChildFacts,
  today: IsoDate,
  policy: { additionalReviewRestartsCycle: boolean } = { additionalReviewRestartsCycle: false },
): ChildContribution {
  const own = child.stored ?? childCounts(child, today, addDays(today, -365), policy);
  const lookedAfter = own.lookedAfter ? 1 : 0;
  return {
    // Paperwork, drift and challenges count for every child of the authority, looked after now or not.
    overdueRecords: child.overdueRecords,
    driftingRecommendations: child.driftingRecommendations,
    openChallenges: child.openChallenges.length,
    overdueChallengeResponses: child.openChallenges.filter((x) => x.overdue).length,
    children: lookedAfter,
    unallocated: lookedAfter && child.iroId === null ? 1 : 0,
    overdueReviews: own.status === 'overdue' ? 1 : 0,
    dueSoonReviews: own.status === 'due_soon' ? 1 : 0,
    reviewsHeld: own.reviewsHeld,
    reviewsOnTime: own.reviewsOnTime,
  };
}

/**
 * The children counted in one figure, in total (iroId null) or for one IRO, with how much each adds: the same
 * contributions oversightFigures adds up, so the amounts always sum to the figure. A child whose dates cannot be
 * worked out is in no figure, as in the counts.
 */
export function childrenBehind(
  children: readonly ChildFacts[],
  figure: Figure,
  iroId: string | null,
  today: IsoDate,
  policy: { additionalReviewRestartsCycle: boolean } = { additionalReviewRestartsCycle: false },
): Array<{ childId: string; amount: number }> {
  const behind: Array<{ childId: string; amount: number }> = [];
  for (const child of children) {
    if ((iroId !== null && child.iroId !== iroId) || child.failure !== undefined) continue;
    let own: ChildContribution;
    try {
      own = childContribution(child, today, policy);
    } catch {
      continue;
    }
    if (own[figure] > 0) behind.push({ childId: child.childId, amount: own[figure] });
  }
  return behind;
}

/**
 * A local authority's review figures, per IRO and in total, from each child's periods of care and reviews. Pure,
 * so the manager's numbers are the same rules as the child's own page (nextReviewDue, reviewTimeliness).
 */
export function oversightFigures(
  children: readonly ChildFacts[],
  iroIds: readonly string[],
  today: IsoDate,
  policy: { additionalReviewRestartsCycle: boolean } = { additionalReviewRestartsCycle: false },
): {
  total: Counts;
  iros: IroFigures[];
  unallocated: number;
  challengesByStage: StageCount[];
  notCounted: Array<{ childId: string; error: unknown }>;
} {
  const total = empty();
  const notCounted: Array<{ childId: string; error: unknown }> = [];
  const stages = new Map<string, StageCount>();
  const perIro = new Map<string, Counts>(iroIds.map((id) => [id, empty()]));
  let unallocated = 0;
  for (const child of children) {
    // One child's bad data must not blank the manager's figures: its counts are worked out apart first and only
    // added in when they all succeed, so a failure leaves no half-counted child behind.
    if (child.failure !== undefined) {
      notCounted.push({ childId: child.childId, error: child.failure });
      continue;
    }
    let own: ChildContribution;
    try {
      own = childContribution(child, today, policy);
    } catch (error) {
      notCounted.push({ childId: child.childId, error });
      continue;
    }
    const counts: Counts[] = [total];
    if (child.iroId) {
      let mine = perIro.get(child.iroId);
      if (!mine) perIro.set(child.iroId, (mine = empty()));
      counts.push(mine);
    }
    unallocated += own.unallocated;
    for (const c of counts) {
      c.overdueRecords += own.overdueRecords;
      c.driftingRecommendations += own.driftingRecommendations;
      c.openChallenges += own.openChallenges;
      c.overdueChallengeResponses += own.overdueChallengeResponses;
      c.reviewsHeld += own.reviewsHeld;
      c.reviewsOnTime += own.reviewsOnTime;
      c.children += own.children;
      c.overdueReviews += own.overdueReviews;
      c.dueSoonReviews += own.dueSoonReviews;
    }
    for (const challenge of child.openChallenges) {
      let stage = stages.get(challenge.stage);
      if (!stage)
        stages.set(challenge.stage, (stage = { stage: challenge.stage, order: challenge.order, open: 0, overdue: 0 }));
      stage.open += 1;
      if (challenge.overdue) stage.overdue += 1;
    }
  }
  const iros = [...perIro.entries()].map(([iroId, c]) => ({ iroId, ...c, band: caseloadBand(c.children) }));
  const challengesByStage = [...stages.values()].sort((a, b) => a.order - b.order || a.stage.localeCompare(b.stage));
  return { total, iros, unallocated, challengesByStage, notCounted };
}

export interface ChildCounts {
  lookedAfter: boolean;
  status: string | null;
  reviewsHeld: number;
  reviewsOnTime: number;
}

/** The date rules for one child: its review status now and its reviews held on time in the last year. */
function childCounts(
  child: ChildFacts,
  today: IsoDate,
  yearAgo: IsoDate,
  policy: { additionalReviewRestartsCycle: boolean },
): ChildCounts {
  const open = child.periods.find((p) => p.endDate === null);
  if (!open) return { lookedAfter: false, status: null, reviewsHeld: 0, reviewsOnTime: 0 };
  const status = nextReviewDue({ periodOfCareStart: open.startDate, reviewsHeld: child.reviews, today, policy }).status;
  return { lookedAfter: true, status, ...reviewsOnTimeInYear(child, today, yearAgo, policy) };
}

/** Reviews held in the 12 months up to today whose timeliness is known, and how many of them were on time. */
export function reviewsOnTimeInYear(
  child: Pick<ChildFacts, 'periods' | 'reviews'>,
  today: IsoDate,
  yearAgo: IsoDate,
  policy: { additionalReviewRestartsCycle: boolean },
): { reviewsHeld: number; reviewsOnTime: number } {
  let reviewsHeld = 0;
  let reviewsOnTime = 0;
  for (const period of child.periods) {
    const timeliness = reviewTimeliness({
      periodOfCareStart: period.startDate,
      reviewsHeld: child.reviews.filter((r) => period.endDate === null || !isBefore(period.endDate, r.heldOn)),
      policy,
    });
    for (const t of timeliness) {
      if (t.onTime === null || isBefore(t.heldOn, yearAgo) || isBefore(today, t.heldOn)) continue;
      reviewsHeld += 1;
      if (t.onTime) reviewsOnTime += 1;
    }
  }
  return { reviewsHeld, reviewsOnTime };
}

/** Whole percent, or null when nothing was counted (so "no reviews" never reads as 0% on time). */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
