import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withDefaults } from './settings';

describe('local authority settings', () => {
  it('falls back to decision 0005 and the IRO Handbook when the authority has chosen nothing', () => {
    expect(withDefaults(null)).toEqual({
      additionalReviewRestartsCycle: false,
      decisionsWithinWorkingDays: 5,
      fullRecordWithinWorkingDays: 20,
      iroContactShown: 'none',
      // Reg 32(2) sets no interval; 20 working days like the first review (docs/decisions/0022).
      reviewAfterPlacementChangeWorkingDays: 20,
    });
    expect(DEFAULT_SETTINGS.additionalReviewRestartsCycle).toBe(false);
  });

  it('uses the authority’s own choices when it has a row', () => {
    const row = {
      localAuthorityId: 'la',
      additionalReviewRestartsCycle: true,
      decisionsWithinWorkingDays: 3,
      fullRecordWithinWorkingDays: 15,
      iroContactShown: 'email' as const,
      reviewAfterPlacementChangeWorkingDays: 0,
    };
    expect(withDefaults(row)).toEqual({
      additionalReviewRestartsCycle: true,
      decisionsWithinWorkingDays: 3,
      fullRecordWithinWorkingDays: 15,
      iroContactShown: 'email',
      reviewAfterPlacementChangeWorkingDays: 0,
    });
  });
});
