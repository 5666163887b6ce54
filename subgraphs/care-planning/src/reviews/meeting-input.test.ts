import { describe, expect, it } from 'vitest';
import { type MeetingFacts, type MeetingInput, validateMeeting } from './meeting-input';

const facts: MeetingFacts = { today: '2026-11-23', dateOfBirth: '2022-11-10', periodOfCareStart: '2026-01-05' };
const meeting: MeetingInput = {
  heldOn: '2026-11-10',
  venue: 'Brackenford family centre',
  attendees: [{ name: 'Ivo Testmoor', role: 'IRO' }],
  participationCode: 'pn1',
  summary: 'A settled placement.',
  childPrivateWords: '  ',
  decisions: ['Keep weekly contact', ' ', 'Referral to speech therapy'],
};

function problem(input: Partial<MeetingInput>, f: Partial<typeof facts> = {}) {
  try {
    validateMeeting({ ...meeting, ...input }, { ...facts, ...f });
  } catch (e) {
    return (e as { extensions: { field: string; problem: string } }).extensions;
  }
  return null;
}

describe('validateMeeting', () => {
  it('normalises a good record: code upper-cased, blank decisions and empty private words dropped', () => {
    expect(validateMeeting(meeting, facts)).toMatchObject({
      participationCode: 'PN1',
      childPrivateWords: null,
      decisions: ['Keep weekly contact', 'Referral to speech therapy'],
    });
  });

  it('accepts PN0 and PN1–PN7 on the 4th birthday, and refuses PN0 the day after', () => {
    expect(problem({ heldOn: '2026-11-10', participationCode: 'PN0' })).toBeNull();
    expect(problem({ heldOn: '2026-11-10', participationCode: 'PN7' })).toBeNull();
    expect(problem({ heldOn: '2026-11-11', participationCode: 'PN0' })).toEqual({
      field: 'participationCode',
      problem: 'INVALID_FOR_AGE',
      code: 'BAD_USER_INPUT',
    });
    expect(problem({ heldOn: '2026-11-09', participationCode: 'PN1' })).toMatchObject({ problem: 'INVALID_FOR_AGE' });
  });

  it.each([
    [{ participationCode: 'PN9' }, 'participationCode', 'UNKNOWN_CODE'],
    [{ heldOn: '2026-02-30' }, 'heldOn', 'INVALID_DATE'],
    [{ heldOn: '2026-11-24' }, 'heldOn', 'DATE_IN_FUTURE'],
    [{ heldOn: '2025-12-01' }, 'heldOn', 'OUTSIDE_PERIOD_OF_CARE'],
    [{ summary: ' ' }, 'summary', 'REQUIRED'],
    [{ venue: '' }, 'venue', 'REQUIRED'],
    [{ decisions: [' ', ''] }, 'decisions', 'REQUIRED'],
    [{ attendees: [{ name: 'Pat', role: '' }] }, 'attendees', 'REQUIRED'],
    [{ summary: 'x'.repeat(20_001) }, 'summary', 'TOO_LONG'],
  ] as const)('%o → %s %s', (input, field, code) => {
    expect(problem(input as Partial<MeetingInput>)).toMatchObject({ field, problem: code });
  });

  it('refuses a meeting when the child is not looked after now', () => {
    expect(problem({}, { periodOfCareStart: null })).toMatchObject({
      field: 'heldOn',
      problem: 'OUTSIDE_PERIOD_OF_CARE',
    });
  });
});

describe('the date the child spoke to the IRO in private', () => {
  it('is optional: left out keeps what was recorded, empty clears it', () => {
    expect(validateMeeting(meeting, facts).spokeToChildOn).toBeUndefined();
    expect(validateMeeting({ ...meeting, spokeToChildOn: null }, facts).spokeToChildOn).toBeNull();
    expect(validateMeeting({ ...meeting, spokeToChildOn: ' ' }, facts).spokeToChildOn).toBeNull();
  });

  it('accepts a day from the start of care up to the day of the meeting', () => {
    expect(validateMeeting({ ...meeting, spokeToChildOn: '2026-01-05' }, facts).spokeToChildOn).toBe('2026-01-05');
    expect(validateMeeting({ ...meeting, spokeToChildOn: '2026-11-10' }, facts).spokeToChildOn).toBe('2026-11-10');
  });

  it('refuses a date that is not real, before the child came into care, after the meeting or in the future', () => {
    expect(problem({ spokeToChildOn: '2026-02-30' })).toMatchObject({
      field: 'spokeToChildOn',
      problem: 'INVALID_DATE',
    });
    expect(problem({ spokeToChildOn: '2026-01-04' })).toMatchObject({
      field: 'spokeToChildOn',
      problem: 'OUTSIDE_PERIOD_OF_CARE',
    });
    expect(problem({ spokeToChildOn: '2026-11-11' })).toMatchObject({
      field: 'spokeToChildOn',
      problem: 'INVALID',
    });
    expect(problem({ heldOn: '2026-11-23', spokeToChildOn: '2026-11-24' })).toMatchObject({
      field: 'spokeToChildOn',
      problem: 'DATE_IN_FUTURE',
    });
  });
});
