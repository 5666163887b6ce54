import type { CarePlanFlagCode, PlanDueStatus } from '../../graphql/generated/graphql';

/** What the graph says needs the IRO's attention for one child on their caseload, in words, most pressing first. */
export interface AttentionFacts {
  /** The graph says this only to the professionals: the review is booked after the date it must be held by. */
  nextReview?: { bookedAfterDueBy: boolean; daysLate: number | null } | null;
  carePlanFlags?: Array<{ code: CarePlanFlagCode }> | null;
  driftingRecommendationCount?: number | null;
  overdueReviewRecords?: number | null;
  openChallengeCount?: number | null;
  overdueChallengeResponseCount?: number | null;
  /** The placement plan not agreed within 5 working days of the placement starting (CPPCR reg 9, DOMAIN.md §2.2). */
  currentPlacement?: { placementPlanDue?: { status: PlanDueStatus } | null } | null;
}

const FLAG_WORDS: Record<CarePlanFlagCode, string> = {
  NO_CARE_PLAN: 'No care plan',
  NO_PERMANENCE_PLAN_BY_SECOND_REVIEW: 'No permanence plan by the second review',
  ACTIONS_ONLY_ARRANGEMENTS: 'Plan actions are all arrangements, none permanence',
  ACTIONS_OVERDUE: 'Care plan actions overdue',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function needsAttention(c: AttentionFacts): string[] {
  const items: string[] = [];
  const late = c.nextReview?.bookedAfterDueBy ? c.nextReview.daysLate : null;
  if (late) items.push(`Review booked ${plural(late, 'day', 'days')} after its due date`);
  if (c.overdueReviewRecords)
    items.push(`${plural(c.overdueReviewRecords, 'review record', 'review records')} overdue`);
  if (c.driftingRecommendationCount) {
    items.push(`${plural(c.driftingRecommendationCount, 'recommendation', 'recommendations')} drifting`);
  }
  if (c.overdueChallengeResponseCount) {
    items.push(`${plural(c.overdueChallengeResponseCount, 'challenge response', 'challenge responses')} overdue`);
  }
  if (c.currentPlacement?.placementPlanDue?.status === 'OVERDUE') items.push('Placement plan overdue');
  const calm = (c.openChallengeCount ?? 0) - (c.overdueChallengeResponseCount ?? 0);
  if (calm > 0) items.push(`${plural(calm, 'open challenge', 'open challenges')}`);
  for (const f of c.carePlanFlags ?? []) items.push(FLAG_WORDS[f.code]);
  return items;
}
