import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type CarePlanDraft, LIMITS, validateCarePlan } from './validate';

const draft = (over: Partial<CarePlanDraft> = {}): CarePlanDraft => ({
  expectedVersion: 0,
  permanencePlan: 'REUNIFICATION',
  parallelPlan: 'KINSHIP_OR_SGO',
  actions: [
    { description: ' Parenting assessment ', concerns: 'PERMANENCE', owner: 'Social worker', dueDate: '2027-01-15' },
  ],
  arrangements: [
    { dimension: 'HEALTH', text: ' Dentist every six months ' },
    { dimension: 'EDUCATION', text: '   ' },
  ],
  ...over,
});

function problem(d: CarePlanDraft): Record<string, unknown> {
  try {
    validateCarePlan(d);
  } catch (e) {
    return { ...(e as GraphQLError).extensions, message: (e as GraphQLError).message };
  }
  throw new Error('expected a BAD_USER_INPUT');
}

const action = { description: 'Life story work', concerns: 'ARRANGEMENTS', owner: 'Carer', dueDate: null };

describe('validateCarePlan', () => {
  it('returns trimmed content without blank arrangements', () => {
    expect(validateCarePlan(draft())).toEqual({
      permanencePlan: 'REUNIFICATION',
      parallelPlan: 'KINSHIP_OR_SGO',
      actions: [
        { description: 'Parenting assessment', concerns: 'PERMANENCE', owner: 'Social worker', dueDate: '2027-01-15' },
      ],
      arrangements: { HEALTH: 'Dentist every six months' },
    });
  });

  it('accepts a plan without a permanence plan yet', () => {
    expect(validateCarePlan(draft({ permanencePlan: null, parallelPlan: null })).permanencePlan).toBeNull();
  });

  it.each<[string, Partial<CarePlanDraft>, string, string]>([
    ['a parallel plan equal to the main plan', { parallelPlan: 'REUNIFICATION' }, 'parallelPlan', 'INVALID'],
    ['a parallel plan without a main plan', { permanencePlan: null }, 'parallelPlan', 'INVALID'],
    ['an unknown permanence plan', { permanencePlan: 'ELSEWHERE' }, 'permanencePlan', 'UNKNOWN_CODE'],
    [
      'an empty action description',
      { actions: [action, { ...action, description: '  ' }] },
      'actions.1.description',
      'REQUIRED',
    ],
    ['an action without an owner', { actions: [{ ...action, owner: '' }] }, 'actions.0.owner', 'REQUIRED'],
    [
      'an action concerning something else',
      { actions: [{ ...action, concerns: 'OTHER' }] },
      'actions.0.concerns',
      'UNKNOWN_CODE',
    ],
    [
      'an impossible due date',
      { actions: [{ ...action, dueDate: '2027-02-30' }] },
      'actions.0.dueDate',
      'INVALID_DATE',
    ],
    [
      'a description too long',
      { actions: [{ ...action, description: 'x'.repeat(LIMITS.description + 1) }] },
      'actions.0.description',
      'TOO_LONG',
    ],
    ['too many actions', { actions: Array.from({ length: LIMITS.actions + 1 }, () => action) }, 'actions', 'TOO_LONG'],
    ['an unknown dimension', { arrangements: [{ dimension: 'HOBBIES', text: 'x' }] }, 'arrangements', 'UNKNOWN_CODE'],
    [
      'a dimension listed twice',
      {
        arrangements: [
          { dimension: 'HEALTH', text: 'a' },
          { dimension: 'HEALTH', text: 'b' },
        ],
      },
      'arrangements.HEALTH',
      'INVALID',
    ],
    [
      'arrangements too long',
      { arrangements: [{ dimension: 'IDENTITY', text: 'x'.repeat(LIMITS.arrangements + 1) }] },
      'arrangements.IDENTITY',
      'TOO_LONG',
    ],
    ['a negative expected version', { expectedVersion: -1 }, 'expectedVersion', 'INVALID'],
  ])('refuses %s', (_label, over, field, code) => {
    expect(problem(draft(over))).toMatchObject({ code: 'BAD_USER_INPUT', field, problem: code });
  });

  it('says in the message what to fix', () => {
    expect(problem(draft({ actions: [{ ...action, owner: ' ' }] })).message).toBe(
      'Say who owns action 1: a person or a role',
    );
  });
});
