import { describe, expect, it } from 'vitest';
import { type SettingsValues, settingsInput } from './settings-form.server';

const values = (over: Partial<SettingsValues> = {}): SettingsValues => ({
  additionalReviewRestartsCycle: 'no',
  decisionsWithinWorkingDays: '5',
  fullRecordWithinWorkingDays: '20',
  reviewAfterPlacementChangeWorkingDays: '20',
  iroContactShown: 'EMAIL',
  stages: [
    { name: 'Team manager', workingDays: '5' },
    { name: '', workingDays: '' },
    { name: 'Director', workingDays: '10' },
  ],
  ...over,
});

describe('the settings form', () => {
  it('sends 0 for a review after a placement change: the local authority turns the rule off', () => {
    const { errors, input } = settingsInput(values({ reviewAfterPlacementChangeWorkingDays: '0' }), 1);
    expect(errors).toEqual([]);
    expect(input.reviewAfterPlacementChangeWorkingDays).toBe(0);
  });

  it('drops empty stage rows and maps the graph’s stage fields back to the rows they came from', () => {
    const { errors, input, fieldIds } = settingsInput(values(), 3);
    expect(errors).toEqual([]);
    expect(input).toEqual({
      expectedVersion: 3,
      additionalReviewRestartsCycle: false,
      decisionsWithinWorkingDays: 5,
      fullRecordWithinWorkingDays: 20,
      reviewAfterPlacementChangeWorkingDays: 20,
      iroContactShown: 'EMAIL',
      challengeStages: [
        { name: 'Team manager', workingDays: 5 },
        { name: 'Director', workingDays: 10 },
      ],
    });
    expect(fieldIds['challengeStages.1.workingDays']).toBe('stage-2-days');
  });

  it('names every missing answer and every number that is not whole, at once', () => {
    const { errors } = settingsInput(
      values({
        additionalReviewRestartsCycle: '',
        fullRecordWithinWorkingDays: 'ten',
        reviewAfterPlacementChangeWorkingDays: '',
        iroContactShown: '',
        stages: [{ name: '', workingDays: '5' }],
      }),
      0,
    );
    expect(errors.map((e) => e.field)).toEqual([
      'additionalReviewRestartsCycle',
      'fullRecordWithinWorkingDays',
      'reviewAfterPlacementChangeWorkingDays',
      'iroContactShown',
      'stage-0-name',
    ]);
  });
});
