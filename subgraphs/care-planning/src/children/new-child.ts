import { badInput } from '@lac/subgraph-kit';
import {
  ageOn,
  birthdayAtAge,
  isEthnicityCode,
  isLegalStatusCode,
  isSexCode,
  type EthnicityCode,
  type LegalStatusCode,
  type SexCode,
  upnProblem,
} from '@lac/statutory';
import { requiredText } from '../messages/text-input';
import { inputDate, notInFuture } from '../validation';

/** What a social worker types when a child comes into care (docs/domain.md#starting-a-childs-record). */
export interface NewChildInput {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  ethnicity: string;
  upn?: string | null;
  lookedAfterFrom: string;
  legalStatus: string;
}

export interface ValidNewChild {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: SexCode;
  ethnicity: EthnicityCode;
  upn: string | null;
  lookedAfterFrom: string;
  legalStatus: LegalStatusCode;
}

/**
 * Checks a new child in the order of the form, so the first problem named is the first field to fix. Codes are
 * SSDA903's: sex 1 or 2, the ethnicity codes, the legal status codes, and a UPN (validator rule 168) where known.
 */
export function validateNewChild(input: NewChildInput, today: string): ValidNewChild {
  const givenName = requiredText('givenName', input.givenName, 100, 'the child’s first name');
  const familyName = requiredText('familyName', input.familyName, 100, 'the child’s last name');
  const dateOfBirth = inputDate('dateOfBirth', input.dateOfBirth);
  notInFuture('dateOfBirth', dateOfBirth, today);
  const sex = input.sex.trim();
  if (!isSexCode(sex)) throw badInput('sex', 'UNKNOWN_CODE', 'Choose the child’s sex as the SSDA903 return records it');
  const ethnicity = input.ethnicity.trim().toUpperCase();
  if (!isEthnicityCode(ethnicity)) {
    throw badInput('ethnicity', 'UNKNOWN_CODE', `${input.ethnicity || 'Nothing'} is not an SSDA903 ethnicity code`);
  }
  const upn = (input.upn ?? '').trim().toUpperCase().replace(/\s+/g, '') || null;
  const problem = upn ? upnProblem(upn) : null;
  if (problem === 'FORMAT') {
    throw badInput(
      'upn',
      'INVALID',
      'The UPN must be 13 characters: a letter, then 12 digits (or 11 digits and a letter); leave it empty if unknown',
    );
  }
  if (problem === 'CHECK_LETTER') {
    throw badInput('upn', 'INVALID', 'The UPN’s first letter does not match the rest: check it was copied correctly');
  }
  const lookedAfterFrom = inputDate('lookedAfterFrom', input.lookedAfterFrom);
  notInFuture('lookedAfterFrom', lookedAfterFrom, today);
  if (lookedAfterFrom < dateOfBirth) {
    throw badInput(
      'lookedAfterFrom',
      'END_BEFORE_START',
      `The date the child started to be looked after cannot be before their date of birth (${dateOfBirth})`,
    );
  }
  // Only a child is looked after (CA 1989 s.105(1)): under 18 on the day the period of care starts.
  if (ageOn(dateOfBirth, lookedAfterFrom) >= 18) {
    throw badInput(
      'lookedAfterFrom',
      'INVALID_FOR_AGE',
      `The child was 18 on ${birthdayAtAge(dateOfBirth, 18)}: a period of care must start before their 18th birthday`,
    );
  }
  const legalStatus = input.legalStatus.trim().toUpperCase();
  if (!isLegalStatusCode(legalStatus)) {
    throw badInput(
      'legalStatus',
      'UNKNOWN_CODE',
      `${input.legalStatus || 'Nothing'} is not an SSDA903 legal status code (for example C1, C2, V2)`,
    );
  }
  return { givenName, familyName, dateOfBirth, sex, ethnicity, upn, lookedAfterFrom, legalStatus };
}
