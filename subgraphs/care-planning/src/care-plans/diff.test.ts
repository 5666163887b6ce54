import { describe, expect, it } from 'vitest';
import { type CarePlanContent, EMPTY_PLAN } from './content';
import { changedParts } from './diff';

const plan: CarePlanContent = {
  permanencePlan: 'REUNIFICATION',
  parallelPlan: 'KINSHIP_OR_SGO',
  actions: [
    { description: 'Parenting assessment', concerns: 'PERMANENCE', owner: 'Social worker', dueDate: '2027-01-15' },
  ],
  arrangements: { HEALTH: 'Dentist every six months', EDUCATION: 'Stays at Quillow Primary' },
};

describe('changedParts', () => {
  it('names nothing when two versions hold the same content', () => {
    expect(changedParts(plan, structuredClone(plan))).toEqual([]);
  });

  it('names each top-level part that changed', () => {
    expect(changedParts(plan, { ...plan, permanencePlan: 'ADOPTION' })).toEqual(['permanencePlan']);
    expect(changedParts(plan, { ...plan, parallelPlan: null })).toEqual(['parallelPlan']);
  });

  it('names the actions when one is edited, added, removed or reordered', () => {
    const edited = { ...plan, actions: [{ ...plan.actions[0], owner: 'Team manager' }] };
    const added = {
      ...plan,
      actions: [
        ...plan.actions,
        { description: 'Life story work', concerns: 'ARRANGEMENTS' as const, owner: 'Carer', dueDate: null },
      ],
    };
    expect(changedParts(plan, edited)).toEqual(['actions']);
    expect(changedParts(plan, added)).toEqual(['actions']);
    expect(changedParts(added, plan)).toEqual(['actions']);
    expect(changedParts(added, { ...added, actions: [...added.actions].reverse() })).toEqual(['actions']);
  });

  it('names each dimension whose arrangements changed, and only those', () => {
    const after = { ...plan, arrangements: { HEALTH: 'Dentist every six months', IDENTITY: 'Attends Sunday school' } };
    expect(changedParts(plan, after)).toEqual(['arrangements.EDUCATION', 'arrangements.IDENTITY']);
  });

  it('compares a first save against an empty plan', () => {
    expect(changedParts(EMPTY_PLAN, plan)).toEqual([
      'permanencePlan',
      'parallelPlan',
      'actions',
      'arrangements.HEALTH',
      'arrangements.EDUCATION',
    ]);
  });
});
