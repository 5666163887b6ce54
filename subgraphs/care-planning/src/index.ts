export { definition, startCarePlanning } from './subgraph';
export { registerChild, type NewChild } from './children/register-child';
export { allocate } from './allocations/allocate';
export { recordPeriodOfCare } from './periods/record-period';
export { recordLegalStatus } from './legal-status/record-legal-status';
export { recordReviewHeld } from './reviews/record-review';
export { recomputeAuthorityReviewSchedule, recomputeReviewSchedule } from './reviews/stored-schedule';
export { saveCarePlan } from './care-plans/save-care-plan';
export { validateCarePlan, type CarePlanDraft } from './care-plans/validate';
