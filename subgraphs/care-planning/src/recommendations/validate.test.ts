import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkNewRecommendation, checkOutcome } from './validate';

const REVIEW = '2026-01-30';
const valid = {
  text: 'Arrange a dentist appointment',
  ownerRole: 'Social worker',
  dueDate: '2026-03-01',
  monitoring: 'Checked at the social worker’s next visit',
};

function refusal(fn: () => unknown): { message: string; field: unknown; problem: unknown } {
  try {
    fn();
  } catch (e) {
    const err = e as GraphQLError;
    return { message: err.message, field: err.extensions.field, problem: err.extensions.problem };
  }
  throw new Error('expected a refusal');
}

describe('checkNewRecommendation', () => {
  it('accepts a role or a person as owner', () => {
    expect(checkNewRecommendation(valid, REVIEW)).toEqual({ ...valid, ownerPersonId: null });
    const person = '5b5b5b5b-0000-4000-8000-000000000001';
    expect(checkNewRecommendation({ ...valid, ownerRole: null, ownerPersonId: person }, REVIEW).ownerPersonId).toBe(
      person,
    );
  });

  it.each([
    ['owner', { ownerRole: '  ' }, 'A recommendation needs an owner (a person or a role): add it and save again'],
    ['dueDate', { dueDate: '' }, 'A recommendation needs a due date: add it and save again'],
    ['monitoring', { monitoring: null }, 'A recommendation needs how it will be monitored: add it and save again'],
    ['text', { text: '' }, 'A recommendation needs what is recommended: add it and save again'],
  ])('names a missing %s', (field, over, message) => {
    expect(refusal(() => checkNewRecommendation({ ...valid, ...over }, REVIEW))).toEqual({
      field,
      problem: 'REQUIRED',
      message,
    });
  });

  it('lists everything missing at once, pointing at the first', () => {
    expect(refusal(() => checkNewRecommendation({ text: 'Something' }, REVIEW))).toEqual({
      field: 'owner',
      problem: 'REQUIRED',
      message:
        'A recommendation needs an owner (a person or a role), a due date and how it will be monitored: add them and save again',
    });
  });

  it('refuses a date that does not exist, and one before the review', () => {
    expect(refusal(() => checkNewRecommendation({ ...valid, dueDate: '2026-02-30' }, REVIEW))).toMatchObject({
      field: 'dueDate',
      problem: 'INVALID_DATE',
    });
    expect(refusal(() => checkNewRecommendation({ ...valid, dueDate: '2026-01-29' }, REVIEW))).toMatchObject({
      field: 'dueDate',
      problem: 'END_BEFORE_START',
    });
    expect(checkNewRecommendation({ ...valid, dueDate: REVIEW }, REVIEW).dueDate).toBe(REVIEW);
  });

  it('refuses both a person and a role, and a person id that is not one', () => {
    expect(
      refusal(() =>
        checkNewRecommendation({ ...valid, ownerPersonId: '5b5b5b5b-0000-4000-8000-000000000001' }, REVIEW),
      ),
    ).toMatchObject({ field: 'owner', problem: 'INVALID' });
    expect(
      refusal(() => checkNewRecommendation({ ...valid, ownerRole: null, ownerPersonId: 'x' }, REVIEW)),
    ).toMatchObject({ field: 'owner', problem: 'INVALID' });
  });

  it('refuses text that is too long', () => {
    expect(refusal(() => checkNewRecommendation({ ...valid, text: 'x'.repeat(2001) }, REVIEW))).toMatchObject({
      field: 'text',
      problem: 'TOO_LONG',
    });
  });
});

describe('checkOutcome', () => {
  it('needs a reason to carry forward, and keeps the optional date and progress', () => {
    expect(refusal(() => checkOutcome({ outcome: 'carried_forward' }, REVIEW))).toMatchObject({
      field: 'reason',
      problem: 'REQUIRED',
    });
    expect(
      checkOutcome(
        { outcome: 'carried_forward', reason: ' Waiting list ', newDueDate: '2026-05-01', progress: '' },
        REVIEW,
      ),
    ).toEqual({
      outcome: 'carried_forward',
      reason: 'Waiting list',
      newDueDate: '2026-05-01',
      progress: null,
    });
  });

  it('needs a reason to drop', () => {
    expect(refusal(() => checkOutcome({ outcome: 'dropped', reason: ' ' }, REVIEW))).toMatchObject({
      field: 'reason',
      problem: 'REQUIRED',
    });
  });

  it('needs nothing to mark achieved', () => {
    expect(checkOutcome({ outcome: 'achieved' }, REVIEW)).toEqual({
      outcome: 'achieved',
      reason: null,
      newDueDate: null,
      progress: null,
    });
  });

  it('refuses a new date or progress except on a carry-forward', () => {
    expect(refusal(() => checkOutcome({ outcome: 'achieved', newDueDate: '2026-05-01' }, REVIEW))).toMatchObject({
      field: 'newDueDate',
      problem: 'INVALID',
    });
    expect(
      refusal(() => checkOutcome({ outcome: 'dropped', reason: 'No longer needed', progress: 'x' }, REVIEW)),
    ).toMatchObject({ field: 'progress' });
  });

  it('refuses a new date that does not exist or is before the review', () => {
    const base = { outcome: 'carried_forward' as const, reason: 'Waiting list' };
    expect(refusal(() => checkOutcome({ ...base, newDueDate: '2026-13-01' }, REVIEW))).toMatchObject({
      field: 'newDueDate',
      problem: 'INVALID_DATE',
    });
    expect(refusal(() => checkOutcome({ ...base, newDueDate: '2026-01-01' }, REVIEW))).toMatchObject({
      field: 'newDueDate',
      problem: 'END_BEFORE_START',
    });
  });
});
