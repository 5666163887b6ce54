import { describe, expect, it } from 'vitest';
import { changedLabel } from './care-plan-words';
import { changeRows, formValuesFrom, planIntent, readPlanForm, toCarePlanInput } from './care-plan.server';

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('the care plan form', () => {
  it('leaves blank action rows out and maps the graph’s field names back to the rows typed in', () => {
    const values = readPlanForm(
      form([
        ['expectedVersion', '3'],
        ['actionRows', '5'],
        ['permanencePlan', 'ADOPTION'],
        ['parallelPlan', 'NONE'],
        ['action-2-description', 'Life story work'],
        ['action-2-concerns', 'ARRANGEMENTS'],
        ['action-2-owner', 'Carer'],
        ['action-5-description', 'Family finding'],
        ['action-5-concerns', 'PERMANENCE'],
        ['action-5-owner', ''],
        ['action-5-due-day', '1'],
        ['action-5-due-month', '3'],
        ['action-5-due-year', '2027'],
        ['arrangement-HEALTH', '  Dentist  '],
      ]),
    );
    const { input, fieldIds, errors } = toCarePlanInput('c1', values);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ childId: 'c1', expectedVersion: 3, permanencePlan: 'ADOPTION', parallelPlan: null });
    expect(input.actions).toEqual([
      { description: 'Life story work', concerns: 'ARRANGEMENTS', owner: 'Carer', dueDate: null },
      { description: 'Family finding', concerns: 'PERMANENCE', owner: '', dueDate: '2027-03-01' },
    ]);
    expect(input.arrangements).toContainEqual({ dimension: 'HEALTH', text: 'Dentist' });
    expect(fieldIds['actions.1.owner']).toBe('action-5-owner');
    expect(fieldIds['actions.0.dueDate']).toBe('action-2-due');
    expect(fieldIds['arrangements.IDENTITY']).toBe('arrangement-IDENTITY');
  });

  it('asks what an action concerns when no choice was made', () => {
    const values = readPlanForm(
      form([
        ['expectedVersion', '0'],
        ['action-1-description', 'Contact plan'],
        ['action-1-owner', 'Social worker'],
      ]),
    );
    expect(toCarePlanInput('c1', values).errors).toEqual([
      {
        field: 'action-1-concerns',
        href: '#action-1-concerns',
        text: 'Say whether action 1 concerns permanence or arrangements',
      },
    ]);
  });

  it('refuses a due date that is not a real date, on its own row, keeping what was typed', () => {
    const values = readPlanForm(
      form([
        ['expectedVersion', '1'],
        ['actionRows', '3'],
        ['action-3-description', 'Review contact'],
        ['action-3-concerns', 'ARRANGEMENTS'],
        ['action-3-owner', 'Social worker'],
        ['action-3-due-day', '30'],
        ['action-3-due-month', '2'],
        ['action-3-due-year', '2027'],
      ]),
    );
    expect(values.actions[2]?.dueDate).toBe('2027-02-30');
    expect(toCarePlanInput('c1', values).errors).toEqual([
      { field: 'action-3-due', href: '#action-3-due', text: 'The due date of action 3 must be a real date' },
    ]);
  });

  it('pre-fills from the current version, without empty rows (they are added one at a time)', () => {
    const values = formValuesFrom({
      number: 2,
      savedAt: '2026-11-30T10:00:00Z',
      savedBy: null,
      permanencePlan: null,
      parallelPlan: null,
      actions: [{ description: 'a', concerns: 'PERMANENCE', owner: 'o', dueDate: null }],
      arrangements: [{ dimension: 'HEALTH', text: 'h' }],
    });
    expect(values.expectedVersion).toBe(2);
    expect(values.permanencePlan).toBe('NONE');
    expect(values.actions).toEqual([{ description: 'a', concerns: 'PERMANENCE', owner: 'o', dueDate: '' }]);
    expect(values.arrangements.HEALTH).toBe('h');
  });

  it('starts a new plan with one empty action row', () => {
    expect(formValuesFrom(null).actions).toEqual([{ description: '', concerns: '', owner: '', dueDate: '' }]);
  });

  it('reads only the rows the form had, and no more than the limit', () => {
    const typed = form([['action-2-description', 'Contact plan']]);
    expect(readPlanForm(typed).actions).toHaveLength(1);
    typed.append('actionRows', '2');
    expect(readPlanForm(typed).actions[1]?.description).toBe('Contact plan');
    expect(readPlanForm(form([['actionRows', '9999']])).actions).toHaveLength(50);
    expect(readPlanForm(form([['actionRows', 'x']])).actions).toHaveLength(1);
  });

  it('adds an empty row or removes the one asked for, keeping what was typed in the others', () => {
    const values = readPlanForm(
      form([
        ['actionRows', '3'],
        ['action-1-description', 'One'],
        ['action-2-description', 'Two'],
        ['action-3-description', 'Three'],
        ['arrangement-HEALTH', 'Dentist'],
      ]),
    );
    expect(planIntent(form([['intent', 'add']]))).toEqual({ kind: 'add' });
    expect(planIntent(form([['intent', 'remove-2']]))).toEqual({ kind: 'remove', row: 2 });
    expect(planIntent(form([['intent', 'save']]))).toEqual({ kind: 'save' });
    expect(planIntent(form([]))).toEqual({ kind: 'save' });

    const added = changeRows(values, { kind: 'add' });
    expect(added.actions.map((a) => a.description)).toEqual(['One', 'Two', 'Three', '']);
    expect(added.arrangements.HEALTH).toBe('Dentist');
    const removed = changeRows(values, { kind: 'remove', row: 2 });
    expect(removed.actions.map((a) => a.description)).toEqual(['One', 'Three']);
    const last = changeRows(changeRows(removed, { kind: 'remove', row: 1 }), { kind: 'remove', row: 1 });
    expect(last.actions).toEqual([{ description: '', concerns: '', owner: '', dueDate: '' }]);
  });

  it('names the changed parts of a conflict in words', () => {
    expect(['permanencePlan', 'actions', 'arrangements.SELF_CARE_SKILLS'].map(changedLabel)).toEqual([
      'Permanence plan',
      'Actions',
      'Arrangements: Self-care skills',
    ]);
  });
});
