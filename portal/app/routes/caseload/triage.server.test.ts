import { describe, expect, it } from 'vitest';
import { type TriageFacts, byUrgency, concernsOf, triage } from './triage.server';

const child = (name: string, over: Partial<TriageFacts> = {}): TriageFacts => ({
  name,
  dueBy: '2027-03-01',
  status: 'ON_TRACK',
  bookedAfterDueBy: false,
  overdueChallengeResponseCount: 0,
  unreadMessages: 0,
  driftingRecommendationCount: 0,
  overdueReviewRecords: 0,
  carePlanFlagCount: 0,
  placementPlanOverdue: false,
  ...over,
});

const quiet = child('Quinn Quiet');
const overdue = child('Olly Overdue', { status: 'OVERDUE', dueBy: '2026-10-01' });
const overdueAndMore = child('Zara Overdue', { status: 'OVERDUE', dueBy: '2026-11-01', carePlanFlagCount: 1 });
const bookedLate = child('Bea Booked', { dueBy: '2026-12-01', bookedAfterDueBy: true });
const challenge = child('Cara Challenge', { overdueChallengeResponseCount: 1 });
const messages = child('Milo Messages', { unreadMessages: 2 });
const dueSoon = child('Dana Duesoon', { status: 'DUE_SOON', dueBy: '2026-12-01' });
const drift = child('Drew Drift', { driftingRecommendationCount: 1 });
const records = child('Rhys Records', { overdueReviewRecords: 1, dueBy: null, status: null });
const plan = child('Pia Plan', { carePlanFlagCount: 2 });
const placementPlan = child('Perry Placement', { placementPlanOverdue: true });
const ALL = [
  quiet,
  plan,
  placementPlan,
  records,
  drift,
  dueSoon,
  messages,
  challenge,
  bookedLate,
  overdue,
  overdueAndMore,
];

describe('the caseload’s triage', () => {
  it('puts the most urgent first: overdue review, booked after its due date, overdue challenge response, unread messages, due soon, drift, records, placement plan, care plan, then nothing', () => {
    expect(triage(ALL, [], 'urgency').map((c) => c.name)).toEqual([
      // Both overdue: the one with more concerns first.
      'Zara Overdue',
      'Olly Overdue',
      'Bea Booked',
      'Cara Challenge',
      'Milo Messages',
      'Dana Duesoon',
      'Drew Drift',
      'Rhys Records',
      'Perry Placement',
      'Pia Plan',
      'Quinn Quiet',
    ]);
  });

  it('breaks ties among equally urgent children by the earliest review due, then by name', () => {
    const later = child('Abe Overdue', { status: 'OVERDUE', dueBy: '2026-11-01' });
    expect(byUrgency(overdue, later)).toBeLessThan(0);
    expect(byUrgency(child('A'), child('B'))).toBeLessThan(0);
  });

  it('treats facts the graph withheld (null) as no concern, never as urgent', () => {
    const withheld = child('Wyn Withheld', {
      status: null,
      dueBy: null,
      overdueChallengeResponseCount: null,
      unreadMessages: null,
      driftingRecommendationCount: null,
      overdueReviewRecords: null,
      carePlanFlagCount: null,
    });
    expect(concernsOf(withheld)).toEqual([]);
    expect(triage([withheld, plan], [], 'urgency').map((c) => c.name)).toEqual(['Pia Plan', 'Wyn Withheld']);
  });

  it('filters to children with any chosen concern', () => {
    expect(
      triage(ALL, ['unreadMessages', 'overdueReview'], 'name')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Milo Messages', 'Olly Overdue', 'Zara Overdue']);
    expect(triage(ALL, ['carePlanFlags'], 'urgency').map((c) => c.name)).toEqual(['Zara Overdue', 'Pia Plan']);
    expect(triage(ALL, ['dueSoonReview'], 'urgency')).toEqual([dueSoon]);
    expect(triage(ALL, ['bookedAfterDueBy'], 'urgency')).toEqual([bookedLate]);
    expect(triage(ALL, ['placementPlanOverdue'], 'urgency')).toEqual([placementPlan]);
  });

  it('sorts by next review due (none last) or by name', () => {
    expect(triage([quiet, records, dueSoon, overdue], [], 'due').map((c) => c.name)).toEqual([
      'Olly Overdue',
      'Dana Duesoon',
      'Quinn Quiet',
      'Rhys Records',
    ]);
    expect(triage([quiet, records, dueSoon], [], 'name').map((c) => c.name)).toEqual([
      'Dana Duesoon',
      'Quinn Quiet',
      'Rhys Records',
    ]);
  });
});
