import { describe, expect, it } from 'vitest';
import { PlanDueStatus, planDue } from './plan-due';

describe('placement plan status', () => {
  // A placement starting Thursday 17 April 2025: due Monday 28 April (Good Friday and Easter Monday skipped).
  it('due until the due date, overdue the day after', () => {
    expect(planDue('2025-04-17', null, '2025-04-28')).toMatchObject({ dueBy: '2025-04-28', status: PlanDueStatus.DUE });
    expect(planDue('2025-04-17', null, '2025-04-29').status).toBe(PlanDueStatus.OVERDUE);
  });

  it('agreed by the due date is on time, after it late; the basis says why', () => {
    expect(planDue('2025-04-17', '2025-04-28', '2025-05-30').status).toBe(PlanDueStatus.AGREED_ON_TIME);
    expect(planDue('2025-04-17', '2025-04-29', '2025-05-30').status).toBe(PlanDueStatus.AGREED_LATE);
    expect(planDue('2025-04-17', null, '2025-04-17').basis).toMatch(/reg 9.*Counted from 2025-04-17/);
  });
});
