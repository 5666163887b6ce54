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
