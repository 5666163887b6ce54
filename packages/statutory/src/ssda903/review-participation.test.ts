import { describe, expect, it } from 'vitest';
import { parseIsoDate as d } from '../iso-date';
import {
  describeReviewParticipation,
  isReviewParticipationCode,
  participationCodeAllowed,
  REVIEW_PARTICIPATION_CODES,
} from './review-participation';

const OLDER = ['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'];

describe('review participation codes', () => {
  it('are PN0-PN7', () => {
    expect(REVIEW_PARTICIPATION_CODES).toEqual(['PN0', ...OLDER]);
    expect(isReviewParticipationCode('PN8')).toBe(false);
    expect(describeReviewParticipation('PN0')).toMatch(/under 4/);
  });
});

describe('participationCodeAllowed (rules 440/441)', () => {
  const dob = d('2021-06-15'); // 4th birthday 15 Jun 2025

  it('the day before the 4th birthday: PN0 only', () => {
    expect(participationCodeAllowed('PN0', dob, d('2025-06-14'))).toBe(true);
    for (const c of OLDER) expect(participationCodeAllowed(c, dob, d('2025-06-14'))).toBe(false);
  });

  it('on the 4th birthday: PN0 and PN1-PN7 are all accepted', () => {
    expect(participationCodeAllowed('PN0', dob, d('2025-06-15'))).toBe(true);
    for (const c of OLDER) expect(participationCodeAllowed(c, dob, d('2025-06-15'))).toBe(true);
  });

  it('the day after the 4th birthday: PN1-PN7 only', () => {
    expect(participationCodeAllowed('PN0', dob, d('2025-06-16'))).toBe(false);
    for (const c of OLDER) expect(participationCodeAllowed(c, dob, d('2025-06-16'))).toBe(true);
  });

  it('a child born on 29 February turns 4 on 29 February', () => {
    const leap = d('2020-02-29');
    expect(participationCodeAllowed('PN1', leap, d('2024-02-28'))).toBe(false);
    expect(participationCodeAllowed('PN1', leap, d('2024-02-29'))).toBe(true);
    expect(participationCodeAllowed('PN0', leap, d('2024-03-01'))).toBe(false);
  });

  it('rejects unknown codes and reviews before birth', () => {
    expect(participationCodeAllowed('PN8', dob, d('2025-06-15'))).toBe(false);
    expect(participationCodeAllowed('pn0', dob, d('2022-01-01'))).toBe(false);
    expect(participationCodeAllowed('PN0', dob, d('2021-06-14'))).toBe(false);
  });
});
