import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkReasonForChange } from './reason-for-change';

function problem(raw: string | null | undefined): unknown {
  try {
    checkReasonForChange(raw, 'Choose the reason');
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions;
    throw error;
  }
  return null;
}

describe('the reason a placement ended (SSDA903 REASON_PLACE_CHANGE)', () => {
  it('accepts a code of the list, whatever its case and spaces', () => {
    expect(checkReasonForChange(' creqo ', 'Choose the reason')).toBe('CREQO');
    expect(checkReasonForChange('CHILD', 'Choose the reason')).toBe('CHILD');
  });

  it('refuses a missing reason as REQUIRED, with the message given', () => {
    expect(problem('  ')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonForChange', problem: 'REQUIRED' });
    expect(problem(null)).toMatchObject({ field: 'reasonForChange', problem: 'REQUIRED' });
  });

  it('refuses a code not on the list as UNKNOWN_CODE', () => {
    expect(problem('BORED')).toMatchObject({ field: 'reasonForChange', problem: 'UNKNOWN_CODE' });
    // A reason episode ceased (the period of care's code list) is not a reason for placement change.
    expect(problem('E11')).toMatchObject({ field: 'reasonForChange', problem: 'UNKNOWN_CODE' });
  });
});
