import { birthdayAtAge } from '../age';
import { isBefore, type IsoDate } from '../iso-date';
import { defineCodeList } from './code-list';

export type ReviewParticipationCode = 'PN0' | 'PN1' | 'PN2' | 'PN3' | 'PN4' | 'PN5' | 'PN6' | 'PN7';

const REVIEW_PARTICIPATION = defineCodeList<ReviewParticipationCode>({
  PN0: 'Child under 4 at the time of the review',
  PN1: 'Child attends and speaks for self',
  PN2: 'Child attends; an advocate or the IRO speaks for them',
  PN3: 'Child attends and conveys views non-verbally (e.g. symbols)',
  PN4: 'Child attends but does not contribute',
  PN5: 'Child does not attend; briefs an advocate or the IRO to speak for them',
  PN6: 'Child does not attend; conveys feelings through a facilitative medium',
  PN7: 'Child does not attend, and views are not conveyed',
});

export const REVIEW_PARTICIPATION_CODES = REVIEW_PARTICIPATION.codes;
export const isReviewParticipationCode = REVIEW_PARTICIPATION.is;
export const describeReviewParticipation = REVIEW_PARTICIPATION.describe;

/**
 * SSDA903 rules 440/441: PN0 only if the review is on or before the 4th birthday; PN1-PN7 only if it is on or
 * after it. A review held on the birthday itself accepts either. The birthday follows birthdayAtAge (a
 * 29 February birthday is 1 March in non-leap years), though a 4th birthday of someone born 29 Feb is itself
 * a 29 Feb in every year from 1904 to 2096. Unknown codes and reviews dated before birth are never allowed.
 */
export function participationCodeAllowed(code: string, dateOfBirth: IsoDate, reviewDate: IsoDate): boolean {
  if (!isReviewParticipationCode(code) || isBefore(reviewDate, dateOfBirth)) return false;
  const fourthBirthday = birthdayAtAge(dateOfBirth, 4);
  return code === 'PN0' ? !isBefore(fourthBirthday, reviewDate) : !isBefore(reviewDate, fourthBirthday);
}
