import { registerEnumType } from 'type-graphql';

export enum ReviewState {
  PLANNED = 'planned',
  HELD = 'held',
}
registerEnumType(ReviewState, {
  name: 'ReviewState',
  description: 'Planned (not yet held; does not count in the schedule) or held',
});

export enum ReviewKind {
  STATUTORY = 'statutory',
  ADDITIONAL = 'additional',
}
registerEnumType(ReviewKind, {
  name: 'ReviewKind',
  description: 'A review in the reg 33 cycle, or an additional one brought forward (reg 33(3), reg 32(2))',
});

export enum AdditionalReviewReason {
  IRO_REQUEST = 'iro_request',
  PLACEMENT_CHANGE = 'placement_change',
  CHANGE_OF_PLAN = 'change_of_plan',
  CEASING_TO_BE_LOOKED_AFTER = 'ceasing_to_be_looked_after',
  OTHER = 'other',
}
registerEnumType(AdditionalReviewReason, {
  name: 'AdditionalReviewReason',
  description: 'Why an additional review is held',
});

/** Whose views these are: the young person, a parent with parental responsibility, or the carer. */
export enum ConsultationRole {
  CHILD = 'self',
  PARENT = 'parent',
  CARER = 'carer',
}
registerEnumType(ConsultationRole, { name: 'ConsultationRole' });

export enum TimescaleStatus {
  DONE_ON_TIME = 'done_on_time',
  DONE_LATE = 'done_late',
  DUE = 'due',
  OVERDUE = 'overdue',
}
registerEnumType(TimescaleStatus, { name: 'TimescaleStatus' });
