import { describe, expect, it } from 'vitest';
import { CALENDAR_VERSION } from './england-bank-holidays';
import { parseIsoDate as d } from './iso-date';
import { nextVisitDue, VISIT_RULES, type NextVisitInput } from './social-worker-visits';

function due(input: Partial<NextVisitInput> & Pick<NextVisitInput, 'countFrom' | 'today'>) {
  return nextVisitDue({ regime: 'standard', visits: [], ...input });
}

describe('reg 28 standard visits', () => {
  it('within 1 week of the placement starting, overdue the day after', () => {
    const r = due({ countFrom: d('2025-01-06'), today: d('2025-01-13') });
    expect(r).toMatchObject({ dueBy: '2025-01-13', overdue: false, lastVisit: null });
    expect(r.basis).toMatchObject({ rule: VISIT_RULES.first, from: '2025-01-06', calendarVersion: CALENDAR_VERSION });
    expect(due({ countFrom: d('2025-01-06'), today: d('2025-01-14') }).overdue).toBe(true);
  });

  it('then every 6 weeks in the first year, from the last visit', () => {
    const r = due({ countFrom: d('2025-01-06'), visits: [d('2025-01-10'), d('2025-01-08')], today: d('2025-01-20') });
    expect(r).toMatchObject({ dueBy: '2025-02-21', lastVisit: '2025-01-10', overdue: false });
    expect(r.basis.rule).toBe(VISIT_RULES.firstYear);
  });

  it('after the first year: 3 months when intended to last until 18, otherwise 6 weeks', () => {
    const base = { countFrom: d('2024-01-01'), visits: [d('2025-01-15')], today: d('2025-01-20') };
    expect(due({ ...base, intendedUntilEighteen: true })).toMatchObject({
      dueBy: '2025-04-15',
      basis: { rule: VISIT_RULES.untilEighteen },
    });
    expect(due({ ...base, intendedUntilEighteen: false })).toMatchObject({
      dueBy: '2025-02-26',
      basis: { rule: VISIT_RULES.afterFirstYear },
    });
  });

  it('a visit late in the first year keeps the 6-week interval even for a placement intended until 18', () => {
    const r = due({
      countFrom: d('2024-01-01'),
      visits: [d('2024-12-20')],
      intendedUntilEighteen: true,
      today: d('2025-01-01'),
    });
    expect(r).toMatchObject({ dueBy: '2025-01-31', basis: { rule: VISIT_RULES.firstYear } });
  });

  it('a due date on a bank holiday: the last working day before it is Maundy Thursday', () => {
    // 10 March 2025 + 6 weeks is Easter Monday; Good Friday is also a holiday.
    const r = due({ countFrom: d('2025-03-01'), visits: [d('2025-03-10')], today: d('2025-03-11') });
    expect(r).toMatchObject({ dueBy: '2025-04-21', latestWorkingDay: '2025-04-17' });
    expect(r.basis.convention).toMatch(/not moved for weekends or bank holidays/);
  });

  it('ignores visits before the placement and visits not yet made', () => {
    const r = due({ countFrom: d('2025-01-06'), visits: [d('2025-01-01'), d('2025-02-01')], today: d('2025-01-10') });
    expect(r).toMatchObject({ dueBy: '2025-01-13', lastVisit: null });
  });
});

describe('reg 28 variants', () => {
  it('placed with a parent before assessment: weekly until the first review, then 6 weeks', () => {
    const base = {
      regime: 'parent_before_assessment' as const,
      countFrom: d('2025-01-27'),
      visits: [d('2025-02-03')],
      today: d('2025-02-04'),
    };
    expect(due(base)).toMatchObject({ dueBy: '2025-02-10', basis: { rule: VISIT_RULES.weeklyUntilReview } });
    expect(due({ ...base, firstReviewHeldOn: d('2025-02-01') })).toMatchObject({
      dueBy: '2025-03-17',
      basis: { rule: VISIT_RULES.parentAfterReview },
    });
  });

  it('temporary connected person or interim care order at home: weekly until the first review, then 4 weeks', () => {
    const base = {
      regime: 'temporary_connected_person' as const,
      countFrom: d('2025-01-27'),
      visits: [d('2025-02-03')],
      today: d('2025-02-04'),
    };
    expect(due(base).dueBy).toBe('2025-02-10');
    expect(due({ ...base, firstReviewHeldOn: d('2025-02-01') })).toMatchObject({
      dueBy: '2025-03-03',
      basis: { rule: VISIT_RULES.connectedAfterReview },
    });
    // A review held after the last visit does not yet change that visit's weekly interval.
    expect(due({ ...base, firstReviewHeldOn: d('2025-02-05') }).dueBy).toBe('2025-02-10');
  });

  it('care order while living with a parent: within 1 week of the order, then 6 weeks', () => {
    const base = { regime: 'care_order_with_parent' as const, countFrom: d('2025-03-03'), today: d('2025-03-04') };
    expect(due(base)).toMatchObject({ dueBy: '2025-03-10', basis: { rule: VISIT_RULES.careOrderFirst } });
    expect(due({ ...base, visits: [d('2025-03-04')] })).toMatchObject({
      dueBy: '2025-04-15',
      basis: { rule: VISIT_RULES.careOrderThen },
    });
  });
});
