import type {
  AdditionalReviewReason,
  ConsultationRole,
  ReviewKind,
  TimescaleStatus,
} from '../../../graphql/generated/graphql';

// Words for the review pages, shared by loaders and components (no rules: those live in the graph).

export const KIND_LABELS: Record<ReviewKind, string> = {
  STATUTORY: 'Statutory review',
  ADDITIONAL: 'Additional review',
};

export const REASON_LABELS: Record<AdditionalReviewReason, string> = {
  IRO_REQUEST: 'The IRO asked for it',
  PLACEMENT_CHANGE: 'Change of placement',
  CHANGE_OF_PLAN: 'Change to the care plan',
  CEASING_TO_BE_LOOKED_AFTER: 'Ceasing to be looked after',
  OTHER: 'Another reason',
};

/** SSDA903 REVIEW_CODE descriptions, as the DfE guide words them. */
export const PARTICIPATION_CODES: Array<{ value: string; text: string }> = [
  { value: 'PN0', text: 'PN0: child under 4 at the time of the review' },
  { value: 'PN1', text: 'PN1: child attends and speaks for self' },
  { value: 'PN2', text: 'PN2: child attends; an advocate or the IRO speaks for them' },
  { value: 'PN3', text: 'PN3: child attends and conveys views non-verbally (for example symbols)' },
  { value: 'PN4', text: 'PN4: child attends but does not contribute' },
  { value: 'PN5', text: 'PN5: child does not attend; briefs an advocate or the IRO to speak for them' },
  { value: 'PN6', text: 'PN6: child does not attend; conveys feelings through a facilitative medium' },
  { value: 'PN7', text: 'PN7: child does not attend, and views are not conveyed' },
];

export const TIMESCALE_TAGS: Record<TimescaleStatus, { text: string; colour: 'red' | 'yellow' | 'green' | 'grey' }> = {
  DONE_ON_TIME: { text: 'Done on time', colour: 'green' },
  DONE_LATE: { text: 'Done late', colour: 'yellow' },
  DUE: { text: 'Due', colour: 'grey' },
  OVERDUE: { text: 'Overdue', colour: 'red' },
};

export const INVITEE_ROLES: Record<string, string> = {
  child: 'Child',
  parent: 'Parent',
  carer: 'Carer',
  social_worker: 'Social worker',
  advocate: 'Advocate',
  guardian: "Children's guardian",
};

export const CONSULTATION_ROLES: Record<ConsultationRole, string> = {
  CHILD: 'The young person',
  PARENT: 'Parent',
  CARER: 'Carer',
};

/** "Statutory review", or "Additional review: Change of placement". */
export const kindText = (kind: ReviewKind, reason: AdditionalReviewReason | null | undefined) =>
  reason ? `${KIND_LABELS[kind]}: ${REASON_LABELS[reason]}` : KIND_LABELS[kind];

/** An invitee's role in words; the graph sends these as plain strings (child, parent, ...), so unknown ones pass through. */
export const inviteeRole = (role: string) => INVITEE_ROLES[role] ?? role;

export const isReviewKind = (v: string): v is ReviewKind => Object.hasOwn(KIND_LABELS, v);
export const isReviewReason = (v: string): v is AdditionalReviewReason => Object.hasOwn(REASON_LABELS, v);
