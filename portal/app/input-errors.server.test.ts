import { describe, expect, it } from 'vitest';
import { inputErrors } from './input-errors.server';

const finding = (field: string, found: string) => ({
  field,
  kind: 'placement_address',
  what: 'a placement address',
  found,
  start: 0,
  end: found.length,
  message: `There is a placement address (“${found}”) in ${field}: a parent may not see it. Remove it, or mark the passage [professionals only] … [/professionals only] so that only professionals read it.`,
});

describe('inputErrors', () => {
  it('makes one error per confidential fact found, beside its own field, naming what was found', () => {
    const errors = inputErrors(
      [
        {
          message: 'both',
          extensions: {
            code: 'CONFIDENTIAL_FACT_IN_TEXT',
            field: 'arrangements.HEALTH',
            findings: [finding('arrangements.HEALTH', '42 Bramble Court'), finding('actions.0.description', 'ZZ7 8JA')],
          },
        },
      ],
      { 'arrangements.HEALTH': 'arrangement-HEALTH', 'actions.0.description': 'action-1-description' },
    );
    expect(errors.map((e) => [e.field, e.href])).toEqual([
      ['arrangement-HEALTH', '#arrangement-HEALTH'],
      ['action-1-description', '#action-1-description'],
    ]);
    expect(errors[0].text).toContain('(“42 Bramble Court”)');
    expect(errors[0].text).toContain('[professionals only]');
  });

  it('links a decision in a list to the list’s field', () => {
    const [error] = inputErrors(
      [
        {
          message: 'x',
          extensions: {
            code: 'CONFIDENTIAL_FACT_IN_TEXT',
            findings: [finding('parentDecisionIds.0', 'Bramble Court')],
          },
        },
      ],
      {},
    );
    expect(error.href).toBe('#parentDecisionIds');
  });

  it('keeps BAD_USER_INPUT as one error on its field', () => {
    expect(
      inputErrors([{ message: 'Enter the date', extensions: { code: 'BAD_USER_INPUT', field: 'heldOn' } }], {
        heldOn: 'held-on',
      }),
    ).toEqual([{ field: 'held-on', href: '#held-on', text: 'Enter the date' }]);
    expect(inputErrors([{ message: 'Nope', extensions: { code: 'BAD_USER_INPUT' } }], {})).toEqual([
      { field: '', href: '#main-content', text: 'Nope' },
    ]);
  });
});
