import { upnCheckLetter } from '@lac/statutory';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type NewChildInput, validateNewChild } from './new-child';

const TODAY = '2026-11-23';
const good: NewChildInput = {
  givenName: ' Robin ',
  familyName: 'Ashdown',
  dateOfBirth: '2015-03-14',
  sex: '2',
  ethnicity: 'wbri',
  upn: '',
  lookedAfterFrom: '2026-11-16',
  legalStatus: 'c1',
};

function problem(over: Partial<NewChildInput>): unknown {
  try {
    validateNewChild({ ...good, ...over }, TODAY);
  } catch (error) {
    if (error instanceof GraphQLError) return { ...error.extensions, message: error.message };
    throw error;
  }
  return null;
}

describe('a child coming into care', () => {
  it('is normalised: names trimmed, codes upper case, an empty UPN as unknown', () => {
    expect(validateNewChild(good, TODAY)).toEqual({
      givenName: 'Robin',
      familyName: 'Ashdown',
      dateOfBirth: '2015-03-14',
      sex: '2',
      ethnicity: 'WBRI',
      upn: null,
      lookedAfterFrom: '2026-11-16',
      legalStatus: 'C1',
    });
  });

  it('keeps a UPN whose check letter matches', () => {
    const upn = `${upnCheckLetter('820200123456')}820200123456`;
    expect(validateNewChild({ ...good, upn: upn.toLowerCase() }, TODAY).upn).toBe(upn);
  });

  it.each([
    ['no first name', { givenName: '  ' }, 'givenName', 'REQUIRED'],
    ['a date of birth that does not exist', { dateOfBirth: '2015-02-30' }, 'dateOfBirth', 'INVALID_DATE'],
    ['a date of birth in the future', { dateOfBirth: '2026-12-01' }, 'dateOfBirth', 'DATE_IN_FUTURE'],
    ['a sex the return does not have', { sex: '9' }, 'sex', 'UNKNOWN_CODE'],
    ['an ethnicity that is not a code', { ethnicity: 'WHIT' }, 'ethnicity', 'UNKNOWN_CODE'],
    ['a UPN of the wrong shape', { upn: 'A12345' }, 'upn', 'INVALID'],
    ['a UPN with the wrong check letter', { upn: `B820200123456` }, 'upn', 'INVALID'],
    ['care starting in the future', { lookedAfterFrom: '2026-11-24' }, 'lookedAfterFrom', 'DATE_IN_FUTURE'],
    ['care starting before birth', { lookedAfterFrom: '2015-03-13' }, 'lookedAfterFrom', 'END_BEFORE_START'],
    ['an unknown legal status', { legalStatus: 'V1' }, 'legalStatus', 'UNKNOWN_CODE'],
  ])('refuses %s, naming the field', (_label, over, field, code) => {
    expect(problem(over)).toMatchObject({ code: 'BAD_USER_INPUT', field, problem: code });
  });

  it('refuses a period of care starting on or after the 18th birthday, and accepts the day before', () => {
    expect(problem({ dateOfBirth: '2008-11-16', lookedAfterFrom: '2026-11-16' })).toMatchObject({
      field: 'lookedAfterFrom',
      problem: 'INVALID_FOR_AGE',
      message: expect.stringContaining('2026-11-16'),
    });
    expect(problem({ dateOfBirth: '2008-11-17', lookedAfterFrom: '2026-11-16' })).toBeNull();
  });
});
