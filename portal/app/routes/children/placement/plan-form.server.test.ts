import { describe, expect, it } from 'vitest';
import { PLAN_PARTS, planFieldLabel, planFormValues, readPlanForm, toPlanInput } from './plan-form.server';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

const full = Object.fromEntries(PLAN_PARTS.map((p) => [p.id, `  ${p.label} words `]));

describe('placement plan form', () => {
  it('reads every part trimmed, the agreed date and the version read', () => {
    const v = readPlanForm(
      form({
        ...full,
        school: '',
        'agreedOn-day': '3',
        'agreedOn-month': '2',
        'agreedOn-year': '2026',
        expectedVersion: '4',
      }),
    );
    expect(v.dayToDayCare).toBe('Day-to-day care words');
    expect(v.agreedOn).toBe('2026-02-03');
    expect(v.expectedVersion).toBe(4);
    const { input, errors } = toPlanInput('p1', v);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ placementId: 'p1', expectedVersion: 4, agreedOn: '2026-02-03', school: null });
    expect(input.finances).toBe('Money words');
  });

  it('asks for each empty part beside its box and keeps what was typed', () => {
    const v = readPlanForm(form({ ...full, finances: ' ', healthCare: '' }));
    const { errors } = toPlanInput('p1', v);
    expect(errors.map((e) => e.field)).toEqual(['healthCare', 'finances']);
    expect(errors[1]?.text).toBe('Enter the money part of the plan');
    expect(v.dayToDayCare).toBe('Day-to-day care words');
  });

  it('refuses a date that does not exist, keeping it as typed', () => {
    const v = readPlanForm(form({ ...full, 'agreedOn-day': '31', 'agreedOn-month': '4', 'agreedOn-year': '2026' }));
    expect(v.agreedOn).toBe('2026-04-31');
    expect(toPlanInput('p1', v).errors).toEqual([
      { field: 'agreedOn', href: '#agreedOn', text: 'The date the plan was agreed must be a real date' },
    ]);
  });

  it('leaves out an empty agreed date and treats a tampered version as a new plan', () => {
    const v = readPlanForm(form({ ...full, expectedVersion: '-2' }));
    expect(v.expectedVersion).toBe(0);
    expect(toPlanInput('p1', v).input.agreedOn).toBeNull();
  });

  it('starts from the saved plan, or empty at version 0', () => {
    expect(planFormValues(null)).toMatchObject({ expectedVersion: 0, dayToDayCare: '', school: '' });
    expect(planFormValues({ version: 2, dayToDayCare: 'x', school: null })).toMatchObject({
      expectedVersion: 2,
      dayToDayCare: 'x',
      school: '',
    });
    expect(planFieldLabel('contactArrangements')).toBe('Family time');
  });
});
