import { describe, expect, it } from 'vitest';
import { CALENDAR_VERSION } from './england-bank-holidays';
import { parseIsoDate as d } from './iso-date';
import { PLACEMENT_PLAN_RULE, placementPlanDue } from './placement-plan';

describe('placement plan: before the placement or within 5 working days of it starting (reg 9)', () => {
  it('an ordinary week, with its basis in words', () => {
    const due = placementPlanDue(d('2025-01-06'));
    expect(due.dueBy).toBe('2025-01-13');
    expect(due.basis).toMatchObject({
      rule: PLACEMENT_PLAN_RULE,
      from: '2025-01-06',
      calendarVersion: CALENDAR_VERSION,
    });
    expect(due.basis.rule).toMatch(/reg 9/);
    expect(due.basis.convention).toMatch(/first working day after/);
  });

  it('skips Good Friday and Easter Monday 2025', () => {
    // Without the holidays this would be Thursday 24 April.
    expect(placementPlanDue(d('2025-04-17')).dueBy).toBe('2025-04-28');
  });

  it('across Christmas 2026 (24 and 31 Dec count; 25, 28 Dec and 1 Jan do not)', () => {
    expect(placementPlanDue(d('2026-12-23')).dueBy).toBe('2027-01-04');
  });

  it('from a Saturday, day 1 is the Monday', () => {
    expect(placementPlanDue(d('2025-01-04')).dueBy).toBe('2025-01-10');
  });
});
