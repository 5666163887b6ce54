import type { DemoAuthority, DemoChild } from '@lac/testing';
import { addDays, addWorkingDays, parseIsoDate } from '@lac/statutory';

/**
 * Who, on the demo IRO's caseload, shows which feature: a pure choice from the demo authority, so every seeder
 * (and the test) agrees without storing it. Children are taken in caseload order by what their history allows
 * (a permanence flag needs two reviews held, drift a run of reviews), so the same `today` always casts the same.
 */
export interface DemoCast {
  iroId: string;
  /** The demo IRO's children, in the demo authority's order. */
  caseload: DemoChild[];
  parentChild: DemoChild;
  carerChildren: DemoChild[];
  youngPersonChild: DemoChild;
  /** Children whose latest review in the current period gets its meeting record through the domain functions. */
  withMeeting: DemoChild[];
  /** Care plan with two versions. */
  twoVersions: Set<string>;
  /** Past their second review and still no permanence plan. */
  noPermanencePlan: Set<string>;
  /** A permanence plan, but every action concerns arrangements. */
  arrangementsOnly: Set<string>;
  /** Latest review's decisions not issued though more than 5 working days have passed. */
  decisionsOverdue: Set<string>;
  /** Decisions issued, but the full record not completed within 20 working days. */
  fullRecordOverdue: Set<string>;
  /** Children with recommendations, and which drift pattern each shows. */
  recommendations: Array<{ child: DemoChild; pattern: RecommendationPattern }>;
  /** The latest review's outcome is published to the child, parents and carer. */
  published: DemoChild[];
  /** An upcoming review is planned (after placements, so the carer is invited). */
  upcoming: DemoChild[];
}

/**
 * - `stalled`: carried forward at the last two reviews without progress;
 * - `no-new-date`: carried forward at the last review with progress but no new date;
 * - `overdue`: made at the last review, due date passed.
 */
export type RecommendationPattern = 'stalled' | 'no-new-date' | 'overdue';

const plusWorkingDays = (d: string, n: number): string => addWorkingDays(parseIsoDate(d), n);
const plusDays = (d: string, n: number): string => addDays(parseIsoDate(d), n);

/** The held reviews of the child's current period of care, oldest first. */
export function reviewsInPeriod(c: DemoChild): string[] {
  const start = c.periodsOfCare.at(-1)!.startDate;
  return c.reviews.filter((r) => r >= start);
}

export function demoCast(authority: DemoAuthority): DemoCast {
  const person = (username: string) => authority.accounts.find((a) => a.username === username)!.personId;
  const iroId = person('iro');
  const caseload = authority.children.filter((c) =>
    c.allocations.some((a) => a.role === 'iro' && a.personId === iroId),
  );
  const parentChild = caseload.find((c) => c.parents.some((p) => p.personId === person('parent')))!;
  const carerChildren = caseload.filter((c) => c.placement.carerPersonId === person('foster-carer'));
  const youngPersonChild = caseload.find((c) => c.personId === person('young-person'))!;
  const special = new Set([parentChild, youngPersonChild, ...carerChildren].map((c) => c.id));
  const held = (c: DemoChild) => reviewsInPeriod(c).length;
  const withMeeting = caseload.filter((c) => held(c) > 0);
  const taken = new Set<string>();
  const take = (n: number, fits: (c: DemoChild) => boolean): DemoChild[] => {
    const chosen = caseload.filter((c) => !special.has(c.id) && !taken.has(c.id) && fits(c)).slice(0, n);
    for (const c of chosen) taken.add(c.id);
    return chosen;
  };

  const { today } = authority;
  const latest = (c: DemoChild) => reviewsInPeriod(c).at(-1) ?? '';
  const stalled = take(2, (c) => held(c) >= 3);
  const noNewDate = take(1, (c) => held(c) >= 2);
  const overdue = take(1, (c) => held(c) >= 2 && plusDays(latest(c), 30) < today);
  const recommendations: DemoCast['recommendations'] = [
    ...stalled.map((child) => ({ child, pattern: 'stalled' as const })),
    ...noNewDate.map((child) => ({ child, pattern: 'no-new-date' as const })),
    ...overdue.map((child) => ({ child, pattern: 'overdue' as const })),
  ];
  if (held(parentChild) >= 2) recommendations.push({ child: parentChild, pattern: 'no-new-date' });
  const carerChild = carerChildren.find((c) => held(c) >= 2 && plusDays(latest(c), 30) < today);
  if (carerChild) recommendations.push({ child: carerChild, pattern: 'overdue' });

  const noPermanencePlan = take(3, (c) => held(c) >= 2);
  const arrangementsOnly = take(2, (c) => held(c) >= 1);
  // Held more than 5 working days ago but recently enough that the decisions are still being chased.
  const decisionsOverdue = take(
    3,
    (c) => held(c) >= 1 && plusWorkingDays(latest(c), 5) < today && plusDays(latest(c), 60) >= today,
  );
  const fullRecordOverdue = take(
    1,
    (c) => held(c) >= 1 && plusWorkingDays(latest(c), 20) < today && plusDays(latest(c), 90) >= today,
  );

  const published = [parentChild, ...carerChildren, youngPersonChild].filter((c) => held(c) > 0);
  return {
    iroId,
    caseload,
    parentChild,
    carerChildren,
    youngPersonChild,
    withMeeting,
    twoVersions: new Set([parentChild.id, youngPersonChild.id]),
    noPermanencePlan: new Set(noPermanencePlan.map((c) => c.id)),
    arrangementsOnly: new Set(arrangementsOnly.map((c) => c.id)),
    decisionsOverdue: new Set(decisionsOverdue.map((c) => c.id)),
    fullRecordOverdue: new Set(fullRecordOverdue.map((c) => c.id)),
    recommendations,
    published,
    upcoming: [youngPersonChild, parentChild, ...carerChildren.slice(0, 1)],
  };
}
