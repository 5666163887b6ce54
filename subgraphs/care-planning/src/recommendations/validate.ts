import { badInput, isUuid } from '@lac/subgraph-kit';
import { inputDate, notBefore } from '../validation';
import type { OutcomeKind } from './drift';

const MAX_TEXT = 2000;
const MAX_ROLE = 100;

export interface NewRecommendationFields {
  text?: string | null;
  ownerPersonId?: string | null;
  ownerRole?: string | null;
  dueDate?: string | null;
  monitoring?: string | null;
}

export interface CheckedRecommendation {
  text: string;
  ownerPersonId: string | null;
  ownerRole: string | null;
  dueDate: string;
  monitoring: string;
}

const blank = (v: string | null | undefined): boolean => !v || v.trim().length === 0;

/** "a, b and c" */
function listed(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function notTooLong(field: string, value: string, max: number, what: string): void {
  if (value.length > max) throw badInput(field, 'TOO_LONG', `${what} must be ${max} characters or fewer`);
}

/**
 * A recommendation must say what, who owns it, by when and how it will be monitored. Everything missing is named
 * in one message, so the IRO fixes it in one go; the error's field is the first of them.
 */
export function checkNewRecommendation(input: NewRecommendationFields, reviewHeldOn: string): CheckedRecommendation {
  const missing: Array<[field: string, words: string]> = [];
  if (blank(input.text)) missing.push(['text', 'what is recommended']);
  if (blank(input.ownerPersonId) && blank(input.ownerRole)) missing.push(['owner', 'an owner (a person or a role)']);
  if (blank(input.dueDate)) missing.push(['dueDate', 'a due date']);
  if (blank(input.monitoring)) missing.push(['monitoring', 'how it will be monitored']);
  if (missing.length > 0) {
    throw badInput(
      missing[0][0],
      'REQUIRED',
      `A recommendation needs ${listed(missing.map(([, words]) => words))}: add ${missing.length === 1 ? 'it' : 'them'} and save again`,
    );
  }
  const text = input.text!.trim();
  const monitoring = input.monitoring!.trim();
  notTooLong('text', text, MAX_TEXT, 'The recommendation');
  notTooLong('monitoring', monitoring, MAX_TEXT, 'How it will be monitored');
  const personId = blank(input.ownerPersonId) ? null : input.ownerPersonId!.trim();
  const role = blank(input.ownerRole) ? null : input.ownerRole!.trim();
  if (personId && role) throw badInput('owner', 'INVALID', 'Choose a person or type a role as the owner, not both');
  if (personId && !isUuid(personId)) throw badInput('owner', 'INVALID', 'Choose the owner from the list of people');
  if (role) notTooLong('owner', role, MAX_ROLE, 'The owner’s role');
  const dueDate = inputDate('dueDate', input.dueDate!.trim());
  notBefore('dueDate', dueDate, reviewHeldOn, 'the review it is made at');
  return { text, ownerPersonId: personId, ownerRole: role, dueDate, monitoring };
}

export interface OutcomeFields {
  outcome: OutcomeKind;
  reason?: string | null;
  newDueDate?: string | null;
  progress?: string | null;
}

export interface CheckedOutcome {
  outcome: OutcomeKind;
  reason: string | null;
  newDueDate: string | null;
  progress: string | null;
}

/**
 * What each outcome needs: carried forward says why it was not achieved (a new date and a progress note are
 * optional); dropped says why; a new date or progress only makes sense for a carry-forward.
 */
export function checkOutcome(input: OutcomeFields, reviewHeldOn: string): CheckedOutcome {
  const reason = blank(input.reason) ? null : input.reason!.trim();
  const progress = blank(input.progress) ? null : input.progress!.trim();
  const newDue = blank(input.newDueDate) ? null : input.newDueDate!.trim();
  if (input.outcome === 'carried_forward' && !reason) {
    throw badInput('reason', 'REQUIRED', 'Enter why the recommendation was not achieved, to carry it forward');
  }
  if (input.outcome === 'dropped' && !reason)
    throw badInput('reason', 'REQUIRED', 'Enter why the recommendation is being dropped');
  if (reason) notTooLong('reason', reason, MAX_TEXT, 'The reason');
  if (input.outcome !== 'carried_forward') {
    if (newDue)
      throw badInput(
        'newDueDate',
        'INVALID',
        'A new due date can only be given when carrying a recommendation forward',
      );
    if (progress)
      throw badInput('progress', 'INVALID', 'Progress can only be recorded when carrying a recommendation forward');
    return { outcome: input.outcome, reason, newDueDate: null, progress: null };
  }
  if (progress) notTooLong('progress', progress, MAX_TEXT, 'The progress note');
  let newDueDate: string | null = null;
  if (newDue) {
    newDueDate = inputDate('newDueDate', newDue);
    notBefore('newDueDate', newDueDate, reviewHeldOn, 'the review it is carried forward at');
  }
  return { outcome: 'carried_forward', reason, newDueDate, progress };
}
