import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHALLENGE_STAGES } from '../challenges/ladder';
import { type FullSettings, type SettingsInput, settingsChanges, validateSettings } from './settings-input';

const good: SettingsInput = {
  additionalReviewRestartsCycle: false,
  decisionsWithinWorkingDays: 5,
  fullRecordWithinWorkingDays: 20,
  iroContactShown: 'none',
  challengeStages: [
    { name: ' Team manager ', workingDays: 5 },
    { name: 'Head of service', workingDays: 10 },
  ],
};

function problem(over: Partial<SettingsInput>): unknown {
  try {
    validateSettings({ ...good, ...over });
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions;
    throw error;
  }
  return null;
}

describe('the local authority’s settings', () => {
  it('numbers the stages in the order given and trims their names', () => {
    expect(validateSettings(good).challengeStages).toEqual([
      { ordinal: 1, name: 'Team manager', workingDays: 5 },
      { ordinal: 2, name: 'Head of service', workingDays: 10 },
    ]);
  });

  it.each([
    [
      'decisions later than the IRO Handbook’s 5 working days',
      { decisionsWithinWorkingDays: 6 },
      'decisionsWithinWorkingDays',
    ],
    [
      'a full record later than its 20 working days',
      { fullRecordWithinWorkingDays: 21 },
      'fullRecordWithinWorkingDays',
    ],
    ['no time at all', { decisionsWithinWorkingDays: 0 }, 'decisionsWithinWorkingDays'],
    ['a part day', { fullRecordWithinWorkingDays: 10.5 }, 'fullRecordWithinWorkingDays'],
    [
      'a full record due before the decisions',
      { decisionsWithinWorkingDays: 5, fullRecordWithinWorkingDays: 4 },
      'fullRecordWithinWorkingDays',
    ],
    ['no formal stage', { challengeStages: [] }, 'challengeStages'],
    [
      'a stage without a name',
      {
        challengeStages: [
          { name: 'A', workingDays: 5 },
          { name: ' ', workingDays: 5 },
        ],
      },
      'challengeStages.1.name',
    ],
    [
      'a review after a placement change later than 60 working days',
      { reviewAfterPlacementChangeWorkingDays: 61 },
      'reviewAfterPlacementChangeWorkingDays',
    ],
    [
      'a negative time for a review after a placement change',
      { reviewAfterPlacementChangeWorkingDays: -1 },
      'reviewAfterPlacementChangeWorkingDays',
    ],
    ['a stage without time', { challengeStages: [{ name: 'A', workingDays: 0 }] }, 'challengeStages.0.workingDays'],
  ])('refuses %s, naming the field', (_label, over, field) => {
    expect(problem(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('keeps the review after a placement change as it is when left out; 0 turns it off', () => {
    expect(
      validateSettings(good, { reviewAfterPlacementChangeWorkingDays: 12 }).reviewAfterPlacementChangeWorkingDays,
    ).toBe(12);
    expect(validateSettings(good).reviewAfterPlacementChangeWorkingDays).toBe(20);
    expect(
      validateSettings({ ...good, reviewAfterPlacementChangeWorkingDays: 0 }).reviewAfterPlacementChangeWorkingDays,
    ).toBe(0);
  });

  it('accepts sooner than the Handbook asks', () => {
    expect(problem({ decisionsWithinWorkingDays: 3, fullRecordWithinWorkingDays: 15 })).toBeNull();
  });
});

describe('what changed, in words', () => {
  const before: FullSettings = {
    additionalReviewRestartsCycle: false,
    decisionsWithinWorkingDays: 5,
    fullRecordWithinWorkingDays: 20,
    iroContactShown: 'none',
    reviewAfterPlacementChangeWorkingDays: 20,
    challengeStages: [...DEFAULT_CHALLENGE_STAGES],
  };

  it('names each setting that changed and nothing else', () => {
    expect(settingsChanges(before, { ...before, fullRecordWithinWorkingDays: 15, iroContactShown: 'email' })).toEqual([
      'Full record: 20 → 15 working days',
      'IRO contact shown to families: name only → work email',
    ]);
    expect(settingsChanges(before, before)).toEqual([]);
  });

  it('names a change to the review after a placement change, and turning it off', () => {
    expect(settingsChanges(before, { ...before, reviewAfterPlacementChangeWorkingDays: 10 })).toEqual([
      'Review after a placement change: 20 working days → 10 working days',
    ]);
    expect(settingsChanges(before, { ...before, reviewAfterPlacementChangeWorkingDays: 0 })).toEqual([
      'Review after a placement change: 20 working days → off',
    ]);
  });

  it('names a change to the challenge stages', () => {
    const [change] = settingsChanges(before, {
      ...before,
      challengeStages: [{ ordinal: 1, name: 'Team manager', workingDays: 3 }],
    });
    expect(change).toMatch(/^Challenge stages: 1\. Team manager \(5\); .* → 1\. Team manager \(3\)$/);
  });
});
