import { describe, expect, it } from 'vitest';
import { type IsoDate, parseIsoDate as d } from '@lac/statutory';
import { type ChildFacts, FIGURES, childrenBehind, oversightFigures } from './oversight-figures';

const TODAY = d('2026-11-23');
const held = (heldOn: IsoDate) => ({ heldOn, kind: 'statutory' as const });
const none = { overdueRecords: 0, driftingRecommendations: 0, openChallenges: [] };
const since = (startDate: string, endDate: string | null = null) => [
  { startDate: d(startDate), endDate: endDate ? d(endDate) : null },
];

// One child in every figure, some in several, one no longer looked after, one unallocated, one whose dates fail.
const CHILDREN: ChildFacts[] = [
  { ...none, childId: 'overdue', iroId: 'iro-1', periods: since('2026-01-05'), reviews: [] },
  { ...none, childId: 'due-soon', iroId: 'iro-1', periods: since('2026-11-02'), reviews: [] },
  {
    childId: 'busy',
    iroId: 'iro-2',
    periods: since('2026-01-05'),
    reviews: [held(d('2026-01-30')), held(d('2026-04-24')), held(d('2026-10-20'))],
    overdueRecords: 2,
    driftingRecommendations: 3,
    openChallenges: [
      { stage: 'IRO alert', order: 1, overdue: true },
      { stage: 'Informal', order: 0, overdue: false },
    ],
  },
  { ...none, childId: 'unallocated', iroId: null, periods: since('2026-11-20'), reviews: [] },
  {
    ...none,
    childId: 'left-care',
    iroId: 'iro-2',
    periods: since('2025-01-06', '2025-06-30'),
    reviews: [],
    openChallenges: [{ stage: 'Informal', order: 0, overdue: false }],
  },
  { ...none, childId: 'bad-data', iroId: 'iro-1', periods: since('2026-01-05'), reviews: [], failure: new Error('x') },
];

const COUNT_KEY = {
  children: 'children',
  unallocated: null,
  overdueReviews: 'overdueReviews',
  dueSoonReviews: 'dueSoonReviews',
  overdueRecords: 'overdueRecords',
  driftingRecommendations: 'driftingRecommendations',
  openChallenges: 'openChallenges',
  overdueChallengeResponses: 'overdueChallengeResponses',
} as const;
const sum = (rows: Array<{ amount: number }>) => rows.reduce((n, r) => n + r.amount, 0);

describe('the children behind each oversight figure', () => {
  const figures = oversightFigures(CHILDREN, ['iro-1', 'iro-2', 'iro-3'], TODAY);

  it.each(FIGURES)('lists children adding up to the %s figure, in total and for each IRO', (figure) => {
    const key = COUNT_KEY[figure];
    const total = key === null ? figures.unallocated : figures.total[key];
    expect(sum(childrenBehind(CHILDREN, figure, null, TODAY))).toBe(total);
    expect(total).toBeGreaterThan(0);
    if (key === null) return;
    for (const iro of figures.iros) expect(sum(childrenBehind(CHILDREN, figure, iro.iroId, TODAY))).toBe(iro[key]);
  });

  it('names the children in child figures once each, and leaves out the child whose dates failed', () => {
    expect(childrenBehind(CHILDREN, 'children', null, TODAY).map((c) => c.childId)).toEqual([
      'overdue',
      'due-soon',
      'busy',
      'unallocated',
    ]);
    expect(childrenBehind(CHILDREN, 'overdueReviews', 'iro-1', TODAY)).toEqual([{ childId: 'overdue', amount: 1 }]);
    expect(childrenBehind(CHILDREN, 'dueSoonReviews', null, TODAY)).toEqual([{ childId: 'due-soon', amount: 1 }]);
    expect(childrenBehind(CHILDREN, 'unallocated', null, TODAY)).toEqual([{ childId: 'unallocated', amount: 1 }]);
    expect(childrenBehind(CHILDREN, 'overdueReviews', 'iro-3', TODAY)).toEqual([]);
  });

  it('counts open challenges for a child no longer looked after, with how many each child has', () => {
    expect(childrenBehind(CHILDREN, 'openChallenges', 'iro-2', TODAY)).toEqual([
      { childId: 'busy', amount: 2 },
      { childId: 'left-care', amount: 1 },
    ]);
  });
});
