import {
  birthdayAtAge,
  describeReviewParticipation,
  isReviewParticipationCode,
  parseIsoDate,
  participationCodeAllowed,
} from '@lac/statutory';
import { badInput } from '@lac/subgraph-kit';
import { inputDate, notInFuture } from '../validation';

export const MAX_DECISIONS = 50;
const LIMITS = { venue: 200, summary: 20_000, childPrivateWords: 10_000, decision: 2_000, attendee: 200 } as const;

export interface MeetingInput {
  heldOn: string;
  venue: string;
  attendees: Array<{ name: string; role: string }>;
  participationCode: string;
  summary: string;
  childPrivateWords?: string | null;
  /** When the child spoke to the IRO in private (CPPCR reg 36); left out keeps what was recorded before. */
  spokeToChildOn?: string | null;
  decisions: string[];
}

export interface ValidMeeting {
  heldOn: string;
  venue: string;
  attendees: Array<{ name: string; role: string }>;
  participationCode: string;
  summary: string;
  childPrivateWords: string | null;
  /** undefined when not given (keep what is recorded), null to clear it. */
  spokeToChildOn: string | null | undefined;
  decisions: string[];
}

export interface MeetingFacts {
  today: string;
  dateOfBirth: string;
  /** The start of the open period of care, or null when the child is not looked after now. */
  periodOfCareStart: string | null;
}

function required(field: string, value: string | null | undefined, max: number, what: string): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'REQUIRED', `Enter ${what}`);
  return tooLong(field, text, max, what);
}

function tooLong(field: string, text: string, max: number, what: string): string {
  if (text.length > max)
    throw badInput(field, 'TOO_LONG', `${what[0].toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);
  return text;
}

/**
 * Every rule on a review meeting's record, with no I/O: the date (real, not in the future, in the current
 * period of care), the SSDA903 participation code against the child's age that day (rules 440/441), a summary
 * and at least one decision.
 */
export function validateMeeting(input: MeetingInput, facts: MeetingFacts): ValidMeeting {
  const heldOn = inputDate('heldOn', input.heldOn);
  notInFuture('heldOn', heldOn, facts.today);
  if (!facts.periodOfCareStart || heldOn < facts.periodOfCareStart) {
    throw badInput(
      'heldOn',
      'OUTSIDE_PERIOD_OF_CARE',
      facts.periodOfCareStart
        ? `heldOn must be during the current period of care, which began on ${facts.periodOfCareStart}`
        : 'heldOn must be during the current period of care, and the child is not looked after now',
    );
  }
  const venue = required('venue', input.venue, LIMITS.venue, 'where the review was held');
  const attendees = input.attendees.map((a) => ({
    name: required('attendees', a.name, LIMITS.attendee, "each attendee's name"),
    role: required('attendees', a.role, LIMITS.attendee, "each attendee's role"),
  }));
  const participationCode = validParticipation(input.participationCode, facts.dateOfBirth, heldOn);
  const summary = required('summary', input.summary, LIMITS.summary, "the IRO's summary of the review");
  const privateWords = (input.childPrivateWords ?? '').trim();
  const childPrivateWords = privateWords
    ? tooLong('childPrivateWords', privateWords, LIMITS.childPrivateWords, "the child's words")
    : null;
  const spokeToChildOn = validSpokeToChildOn(input.spokeToChildOn, heldOn, facts);
  const decisions = input.decisions.map((d) => d.trim()).filter((d) => d.length > 0);
  if (decisions.length === 0) throw badInput('decisions', 'REQUIRED', 'Enter at least one decision made at the review');
  if (decisions.length > MAX_DECISIONS)
    throw badInput('decisions', 'TOO_LONG', `Record at most ${MAX_DECISIONS} decisions`);
  decisions.forEach((d) => tooLong('decisions', d, LIMITS.decision, 'each decision'));
  return { heldOn, venue, attendees, participationCode, summary, childPrivateWords, spokeToChildOn, decisions };
}

/**
 * The day the child spoke to the IRO in private (CPPCR reg 36, docs/domain.md#the-iros-role): optional; a real
 * date, not in the future, not before the child came into care (the current period of care, which the review
 * belongs to) and not after the meeting it prepares for (on the day, in a break, is fine).
 */
function validSpokeToChildOn(
  raw: string | null | undefined,
  heldOn: string,
  facts: MeetingFacts,
): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || raw.trim() === '') return null;
  const date = inputDate('spokeToChildOn', raw);
  if (date > facts.today) {
    throw badInput(
      'spokeToChildOn',
      'DATE_IN_FUTURE',
      `The date the child spoke to you in private cannot be in the future (today is ${facts.today})`,
    );
  }
  if (facts.periodOfCareStart && date < facts.periodOfCareStart) {
    throw badInput(
      'spokeToChildOn',
      'OUTSIDE_PERIOD_OF_CARE',
      `The date the child spoke to you in private must be on or after ${facts.periodOfCareStart}, when they came into care`,
    );
  }
  if (date > heldOn) {
    throw badInput(
      'spokeToChildOn',
      'INVALID',
      `The date the child spoke to you in private must be on or before the day of the review (${heldOn})`,
    );
  }
  return date;
}

export function validParticipation(raw: string, dateOfBirth: string, heldOn: string): string {
  const code = raw.trim().toUpperCase();
  if (!isReviewParticipationCode(code)) {
    throw badInput(
      'participationCode',
      'UNKNOWN_CODE',
      `${raw} is not an SSDA903 participation code: choose one of PN0 to PN7`,
    );
  }
  if (!participationCodeAllowed(code, parseIsoDate(dateOfBirth), parseIsoDate(heldOn))) {
    const fourth = birthdayAtAge(parseIsoDate(dateOfBirth), 4);
    throw badInput(
      'participationCode',
      'INVALID_FOR_AGE',
      code === 'PN0'
        ? `PN0 (${describeReviewParticipation(code)}) cannot be used: the child was 4 on ${fourth}, before this review; choose PN1 to PN7`
        : `${code} cannot be used: the child was under 4 on ${heldOn} (4th birthday ${fourth}); use PN0`,
    );
  }
  return code;
}
