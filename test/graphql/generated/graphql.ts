/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddRecommendationInput = {
  childId: string | number;
  /** YYYY-MM-DD, not before the review */
  dueDate?: string | null | undefined;
  /** How it will be monitored */
  monitoring?: string | null | undefined;
  /** The owner, as a person; or give ownerRole */
  ownerPersonId?: string | number | null | undefined;
  /** The owner, as a role such as "Social worker"; or give ownerPersonId */
  ownerRole?: string | null | undefined;
  /** The held review it is made at */
  reviewId: string | number;
  text?: string | null | undefined;
};

/** Why an additional review is held */
export type AdditionalReviewReason =
  | 'CEASING_TO_BE_LOOKED_AFTER'
  | 'CHANGE_OF_PLAN'
  | 'IRO_REQUEST'
  | 'OTHER'
  | 'PLACEMENT_CHANGE';

export type AddressInput = {
  line1: string;
  line2?: string | null | undefined;
  postcode: string;
  town: string;
};

export type AllocationInput = {
  childId: string | number;
  /** YYYY-MM-DD */
  from: string;
  personId: string | number;
};

export type AttendeeInput = {
  name: string;
  role: string;
};

/** Whether an action works towards the permanence plan or the arrangements for current needs */
export type CarePlanActionConcern =
  | 'ARRANGEMENTS'
  | 'PERMANENCE';

export type CarePlanActionInput = {
  concerns: CarePlanActionConcern;
  description: string;
  /** YYYY-MM-DD */
  dueDate?: string | null | undefined;
  /** A person or a role */
  owner: string;
};

export type CarePlanArrangementInput = {
  dimension: CarePlanDimension;
  text: string;
};

/** The seven dimensions of a child’s needs */
export type CarePlanDimension =
  | 'EDUCATION'
  | 'EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT'
  | 'FAMILY_AND_SOCIAL_RELATIONSHIPS'
  | 'HEALTH'
  | 'IDENTITY'
  | 'SELF_CARE_SKILLS'
  | 'SOCIAL_PRESENTATION';

export type CarePlanFlagCode =
  | 'ACTIONS_ONLY_ARRANGEMENTS'
  | 'NO_CARE_PLAN'
  | 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW';

/** The whole plan as it should be after this save: it becomes a new version. */
export type CarePlanInput = {
  actions: Array<CarePlanActionInput>;
  /** Each dimension at most once; blank text records nothing */
  arrangements: Array<CarePlanArrangementInput>;
  childId: string | number;
  /** The version you started from; 0 when there is no plan yet */
  expectedVersion: number;
  /** Must differ from permanencePlan */
  parallelPlan?: PermanencePlan | null | undefined;
  permanencePlan?: PermanencePlan | null | undefined;
};

/** A caseload against the IRO Handbook guidance of 50 to 70 children per full-time IRO */
export type CaseloadBand =
  | 'ABOVE'
  | 'BELOW'
  | 'WITHIN';

/** A step in a challenge’s history */
export type ChallengeAction =
  | 'ESCALATED'
  | 'RAISED'
  | 'REFERRED_TO_CAFCASS'
  | 'RESOLVED'
  | 'RESPONSE';

/** Informal conversation (no timer), IRO alert (timed), or one of the local authority’s formal stages (timed) */
export type ChallengeLevel =
  | 'ALERT'
  | 'FORMAL'
  | 'INFORMAL';

export type ChallengeStatus =
  | 'OPEN'
  | 'REFERRED_TO_CAFCASS'
  | 'RESOLVED';

/** Why an open recommendation is drifting; computed from its dates and history, never typed */
export type DriftReason =
  /** The latest carry-forward set no new due date, or one no later than the date it missed */
  | 'CARRIED_FORWARD_NO_NEW_DATE'
  /** Carried forward at two or more consecutive reviews with no progress recorded */
  | 'CARRIED_FORWARD_WITHOUT_PROGRESS'
  /** Open, and its current due date has passed */
  | 'OVERDUE';

export type EndPlacementInput = {
  /** YYYY-MM-DD */
  endDate: string;
  placementId: string | number;
};

export type LegalStatusInput = {
  childId: string | number;
  /** SSDA903 legal status code */
  code: string;
  /** YYYY-MM-DD */
  startDate: string;
};

/** Who wrote a message on the child’s channel to their IRO */
export type MessageSender =
  | 'IRO'
  | 'YOUNG_PERSON';

export type PeriodOfCareInput = {
  childId: string | number;
  /** YYYY-MM-DD; leave empty while the period is open */
  endDate?: string | null | undefined;
  /** YYYY-MM-DD */
  startDate: string;
};

/** Where the child will grow up (DOMAIN.md §2.1) */
export type PermanencePlan =
  /** Adoption */
  | 'ADOPTION'
  /** Supported or independent living */
  | 'INDEPENDENT_LIVING'
  /** Kinship or connected-person care, possibly under a special guardianship order */
  | 'KINSHIP_OR_SGO'
  /** Long-term foster care */
  | 'LONG_TERM_FOSTER_CARE'
  /** Residential care */
  | 'RESIDENTIAL'
  /** Return to the birth family */
  | 'REUNIFICATION';

export type RaiseChallengeInput = {
  childId: string | number;
  /** What the IRO is concerned about */
  concern: string;
  /** The level it starts at: any level, informal included */
  level: ChallengeLevel;
  /** YYYY-MM-DD */
  openedOn: string;
  /** The person or role it is raised with */
  raisedWith: string;
  /** Required for FORMAL: the stage number */
  stageOrdinal?: number | null | undefined;
};

/** What the IRO decided about an open recommendation at a later review */
export type RecommendationOutcomeKind =
  | 'ACHIEVED'
  | 'CARRIED_FORWARD'
  | 'DROPPED';

/** Open (including carried forward), achieved, or dropped */
export type RecommendationStatus =
  | 'ACHIEVED'
  | 'DROPPED'
  | 'OPEN';

export type RecordRecommendationOutcomeInput = {
  /** The version you read; a CONFLICT if someone has changed it since */
  expectedVersion: number;
  /** YYYY-MM-DD; only when carried forward */
  newDueDate?: string | null | undefined;
  outcome: RecommendationOutcomeKind;
  /** Progress made; only when carried forward */
  progress?: string | null | undefined;
  /** Required when carried forward (why not achieved) or dropped (why) */
  reason?: string | null | undefined;
  recommendationId: string | number;
  /** A review of the child held after the one the recommendation was made at */
  reviewId: string | number;
};

/** How the caller stands to a child */
export type RelationshipKind =
  | 'ADVOCATE'
  | 'CARER'
  | 'GUARDIAN'
  | 'IRO'
  | 'MANAGER'
  | 'PARENT'
  | 'SELF'
  | 'SOCIAL_WORKER';

export type ReviewHeldInput = {
  childId: string | number;
  /** YYYY-MM-DD */
  heldOn: string;
};

/** A review in the reg 33 cycle, or an additional one brought forward (reg 33(3), reg 32(2)) */
export type ReviewKind =
  | 'ADDITIONAL'
  | 'STATUTORY';

export type ReviewMeetingInput = {
  attendees: Array<AttendeeInput>;
  /** For a review with no plan: the child */
  childId?: string | number | null | undefined;
  /** What the child said to the IRO in private */
  childPrivateWords?: string | null | undefined;
  decisions: Array<string>;
  /** The version you read; required with reviewId */
  expectedVersion?: number | null | undefined;
  /** YYYY-MM-DD */
  heldOn: string;
  /** For a review with no plan; STATUTORY by default */
  kind?: ReviewKind | null | undefined;
  /** SSDA903 PN0–PN7, valid for the child’s age on heldOn */
  participationCode: string;
  reason?: AdditionalReviewReason | null | undefined;
  /** The planned (or held, to amend) review; leave out to record an unplanned one */
  reviewId?: string | number | null | undefined;
  summary: string;
  venue: string;
};

/** Planned (not yet held; does not count in the schedule) or held */
export type ReviewState =
  | 'HELD'
  | 'PLANNED';

/** Overdue; due within 15 working days; or on track */
export type ReviewStatus =
  | 'DUE_SOON'
  | 'ON_TRACK'
  | 'OVERDUE';

export type ScheduleReviewInput = {
  childId: string | number;
  /** YYYY-MM-DD, today or later */
  date: string;
  kind: ReviewKind;
  /** Required for an additional review */
  reason?: AdditionalReviewReason | null | undefined;
  venue?: string | null | undefined;
};

export type StartPlacementInput = {
  address: AddressInput;
  carerPersonId: string | number;
  childId: string | number;
  /** SSDA903 placement type code */
  placementType: string;
  /** YYYY-MM-DD */
  startDate: string;
};

export type TimescaleStatus =
  | 'DONE_LATE'
  | 'DONE_ON_TIME'
  | 'DUE'
  | 'OVERDUE';

export type CarePlanningMutationsNextQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanningMutationsNextQuery = { child: { nextReview: { dueBy: string, latestWorkingDay: string, status: ReviewStatus, kind: string, basis: string } | null, reviews: Array<{ heldOn: string | null }>, legalStatuses: Array<{ code: string, description: string, endDate: string | null }>, periodsOfCare: Array<{ startDate: string, endDate: string | null }> } | null };

export type CarePlanningMutationsReviewMutationVariables = Exact<{
  input: ReviewHeldInput;
}>;


export type CarePlanningMutationsReviewMutation = { recordReviewHeld: { heldOn: string | null } };

export type CarePlanningMutationsLegalMutationVariables = Exact<{
  input: LegalStatusInput;
}>;


export type CarePlanningMutationsLegalMutation = { recordLegalStatus: { code: string } };

export type CarePlanningMutationsPeriodMutationVariables = Exact<{
  input: PeriodOfCareInput;
}>;


export type CarePlanningMutationsPeriodMutation = { recordPeriodOfCare: { startDate: string, endDate: string | null } };

export type CarePlanningMutationsAllocateIroMutationVariables = Exact<{
  input: AllocationInput;
}>;


export type CarePlanningMutationsAllocateIroMutation = { allocateIro: { iro: { id: string } | null } };

export type CarePlanningMutationsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanningMutationsChildQuery = { child: { id: string } | null };

export type CarePlanningMutationsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CarePlanningMutationsMeQuery = { me: { caseload: { totalCount: number } } };

export type CarePlanningMutationsAllocateIro2MutationVariables = Exact<{
  input: AllocationInput;
}>;


export type CarePlanningMutationsAllocateIro2Mutation = { allocateIro: { id: string } };

export type CarePlanningMutationsChild2QueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanningMutationsChild2Query = { child: { id: string } | null };

export type CarePlansSaveMutationVariables = Exact<{
  input: CarePlanInput;
}>;


export type CarePlansSaveMutation = { saveCarePlan: { number: number, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, savedBy: { displayName: string } | null, actions: Array<{ description: string, concerns: CarePlanActionConcern, owner: string, dueDate: string | null }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null } };

export type CarePlansPlanQueryVariables = Exact<{
  id: string | number;
  n: number;
}>;


export type CarePlansPlanQuery = { child: { carePlan: { number: number, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, savedAt: string, actions: Array<{ description: string, concerns: CarePlanActionConcern, owner: string, dueDate: string | null }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null, savedBy: { displayName: string } | null } | null, carePlanVersions: Array<{ number: number, savedAt: string, savedBy: { displayName: string } | null }>, carePlanVersion: { number: number, permanencePlan: PermanencePlan | null, actions: Array<{ description: string }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null } | null } | null };

export type CarePlansFlagsQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlansFlagsQuery = { child: { carePlanFlags: Array<{ code: CarePlanFlagCode, message: string }> } | null };

export type CarePlansQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CarePlansQueryQuery = { children: { items: Array<{ carePlanFlags: Array<{ code: CarePlanFlagCode }>, carePlan: { number: number, savedBy: { displayName: string } | null } | null, carePlanVersions: Array<{ number: number }> }> } };

export type ChallengesRaiseMutationVariables = Exact<{
  input: RaiseChallengeInput;
}>;


export type ChallengesRaiseMutation = { raiseChallenge: { id: string, version: number, level: ChallengeLevel, stageName: string, stageOrdinal: number | null, status: ChallengeStatus, responseDueBy: string | null, responseDueBasis: string | null, overdue: boolean } };

export type ChallengesRespondMutationVariables = Exact<{
  id: string | number;
  response: string;
  on: string;
}>;


export type ChallengesRespondMutation = { recordChallengeResponse: { version: number, respondedOn: string | null, overdue: boolean } };

export type ChallengesEscalateMutationVariables = Exact<{
  id: string | number;
  v: number;
  on: string;
  note?: string | null | undefined;
}>;


export type ChallengesEscalateMutation = { escalateChallenge: { version: number, level: ChallengeLevel, stageName: string, stageOrdinal: number | null, levelStartedOn: string, responseDueBy: string | null, responseDueBasis: string | null, overdue: boolean } };

export type ChallengesResolveMutationVariables = Exact<{
  id: string | number;
  v: number;
  outcome: string;
  on: string;
}>;


export type ChallengesResolveMutation = { resolveChallenge: { version: number, status: ChallengeStatus, outcome: string | null, closedOn: string | null } };

export type ChallengesReferMutationVariables = Exact<{
  id: string | number;
  v: number;
  reason: string;
  on: string;
}>;


export type ChallengesReferMutation = { referChallengeToCafcass: { version: number, status: ChallengeStatus, outcome: string | null } };

export type ChallengesChildQueryVariables = Exact<{
  id: string | number;
}>;


export type ChallengesChildQuery = { child: { openChallengeCount: number, overdueChallengeResponseCount: number, challenges: Array<{ id: string, concern: string, level: ChallengeLevel, stageName: string, status: ChallengeStatus, overdue: boolean, responseDueBy: string | null, history: Array<{ version: number, action: ChallengeAction, stageName: string, happenedOn: string, note: string | null, by: { displayName: string } | null }> }> } | null };

export type ChallengesChallengeStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChallengesChallengeStagesQuery = { challengeStages: Array<{ ordinal: number, name: string, workingDays: number }> };

export type ChallengesChallengeStages2QueryVariables = Exact<{ [key: string]: never; }>;


export type ChallengesChallengeStages2Query = { challengeStages: Array<{ ordinal: number, name: string, workingDays: number }> };

export type IroMessagesSendMutationVariables = Exact<{
  childId: string | number;
  body: string;
}>;


export type IroMessagesSendMutation = { sendMessageToIro: { id: string, sender: MessageSender, body: string | null, sentAt: string, replyTo: string | null } };

export type IroMessagesReplyMutationVariables = Exact<{
  messageId: string | number;
  body: string;
}>;


export type IroMessagesReplyMutation = { replyToChild: { id: string, sender: MessageSender, body: string | null, replyTo: string | null } };

export type IroMessagesEnableMutationVariables = Exact<{
  childId: string | number;
}>;


export type IroMessagesEnableMutation = { enableIroChannel: { id: string, iroChannel: { open: boolean, reason: string } | null } };

export type IroMessagesPageQueryVariables = Exact<{
  id: string | number;
}>;


export type IroMessagesPageQuery = { child: { iro: { displayName: string } | null, iroChannel: { open: boolean, reason: string } | null, iroMessageSummary: { total: number, unanswered: number } | null, iroMessages: Array<{ id: string, sender: MessageSender, body: string | null, sentAt: string, replies: Array<{ sender: MessageSender, body: string | null, replyTo: string | null }>, sharedForSafeguarding: { reason: string } | null }> } | null };

export type OversightOversightQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightOversightQuery = { oversight: { caseloadGuidance: string, unallocatedChildren: number, localAuthority: { name: string }, totals: { children: number, overdueReviews: number, dueSoonReviews: number, reviewsHeldLast12Months: number, reviewsOnTime: number, reviewsOnTimePercent: number | null }, iros: Array<{ band: CaseloadBand, iro: { displayName: string }, counts: { children: number, overdueReviews: number, reviewsOnTimePercent: number | null } }> } | null };

export type OversightWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type OversightWorkQuery = { oversight: { totals: { overdueReviewRecords: number, driftingRecommendations: number, openChallenges: number, overdueChallengeResponses: number }, iros: Array<{ iro: { displayName: string }, counts: { overdueReviewRecords: number, driftingRecommendations: number, openChallenges: number, overdueChallengeResponses: number } }>, openChallengesByStage: Array<{ stage: string, open: number, overdue: number }> } | null };

export type OversightAddRecommendationMutationVariables = Exact<{
  input: AddRecommendationInput;
}>;


export type OversightAddRecommendationMutation = { addRecommendation: { id: string } };

export type OversightRaiseChallengeMutationVariables = Exact<{
  input: RaiseChallengeInput;
}>;


export type OversightRaiseChallengeMutation = { raiseChallenge: { id: string } };

export type OversightRaiseChallenge2MutationVariables = Exact<{
  input: RaiseChallengeInput;
}>;


export type OversightRaiseChallenge2Mutation = { raiseChallenge: { id: string } };

export type PlacementsMutationsStartMutationVariables = Exact<{
  input: StartPlacementInput;
}>;


export type PlacementsMutationsStartMutation = { startPlacement: { id: string, placementType: string, startDate: string, address: { line1: string } | null } };

export type PlacementsMutationsEndMutationVariables = Exact<{
  input: EndPlacementInput;
}>;


export type PlacementsMutationsEndMutation = { endPlacement: { endDate: string | null } };

export type PlacementsMutationsChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementsMutationsChildrenQuery = { children: { totalCount: number } };

export type RecommendationsAddMutationVariables = Exact<{
  input: AddRecommendationInput;
}>;


export type RecommendationsAddMutation = { addRecommendation: { id: string, version: number, status: RecommendationStatus, dueDate: string } };

export type RecommendationsOutcomeMutationVariables = Exact<{
  input: RecordRecommendationOutcomeInput;
}>;


export type RecommendationsOutcomeMutation = { recordRecommendationOutcome: { id: string, version: number, status: RecommendationStatus, dueDate: string, originalDueDate: string } };

export type RecommendationsRecsQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationsRecsQuery = { child: { openRecommendationCount: number, driftingRecommendationCount: number, recommendations: Array<{ id: string, text: string, status: RecommendationStatus, dueDate: string, originalDueDate: string, dueDateBasis: string, monitoring: string, version: number, madeOn: string | null, madeAt: { id: string, heldOn: string | null } | null, owner: { display: string, role: string | null, person: { id: string, displayName: string } | null }, history: Array<{ outcome: RecommendationOutcomeKind, reason: string | null, newDueDate: string | null, progress: string | null, heldOn: string, reviewId: string, recordedBy: { displayName: string } | null }>, drift: Array<{ reason: DriftReason, explanation: string }> }>, reviews: Array<{ heldOn: string | null, recommendations: Array<{ id: string }>, outcomesRecorded: Array<{ recommendationId: string, outcome: RecommendationOutcomeKind }> }> } | null };

export type RecommendationsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationsChildQuery = { child: { reviews: Array<{ id: string, heldOn: string | null }> } | null };

export type RecommendationsChild2QueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationsChild2Query = { child: { recommendations: Array<{ id: string }> } | null };

export type ReviewMeetingsScheduleMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ReviewMeetingsScheduleMutation = { scheduleReview: { id: string, status: ReviewState, kind: ReviewKind, reason: AdditionalReviewReason | null, plannedFor: string | null, version: number, invitations: Array<{ name: string, role: string, hasAccount: boolean, viewsSent: boolean }> | null } };

export type ReviewMeetingsMeetingMutationVariables = Exact<{
  input: ReviewMeetingInput;
}>;


export type ReviewMeetingsMeetingMutation = { recordReviewMeeting: { id: string, status: ReviewState, heldOn: string | null, version: number, kind: ReviewKind, reason: AdditionalReviewReason | null, participationCode: string | null, participationDescription: string | null, summary: string | null, decisions: Array<{ id: string, text: string }> | null, attendees: Array<{ name: string, role: string }> | null, recordTimescales: { decisions: { dueBy: string, basis: string, completedOn: string | null, status: TimescaleStatus }, fullRecord: { dueBy: string, basis: string, completedOn: string | null, status: TimescaleStatus } } | null } };

export type ReviewMeetingsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsChildQuery = { child: { overdueReviewRecords: number, nextReview: { dueBy: string, kind: string, basis: string } | null, reviews: Array<{ id: string, heldOn: string | null, kind: ReviewKind }>, upcomingReview: { id: string, status: ReviewState, plannedFor: string | null, version: number, invitations: Array<{ name: string, role: string, hasAccount: boolean }> | null } | null } | null };

export type ReviewMeetingsRecordConversationWithChildMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsRecordConversationWithChildMutation = { recordConversationWithChild: { version: number } };

export type ReviewMeetingsMarkDecisionsIssuedMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsMarkDecisionsIssuedMutation = { markDecisionsIssued: { recordTimescales: { decisions: { status: TimescaleStatus, completedOn: string | null } } | null } };

export type ReviewMeetingsCompleteReviewRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsCompleteReviewRecordMutation = { completeReviewRecord: { recordTimescales: { fullRecord: { status: TimescaleStatus } } | null } };

export type ReviewMeetingsCompleteReviewRecord2MutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsCompleteReviewRecord2Mutation = { completeReviewRecord: { id: string } };

export type ReviewMeetingsCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewMeetingsCaseloadQuery = { me: { caseload: { items: Array<{ overdueReviewRecords: number, nextReview: { dueBy: string } | null, upcomingReview: { plannedFor: string | null, invitations: Array<{ name: string, viewsSent: boolean }> | null } | null, reviews: Array<{ heldOn: string | null, recordTimescales: { decisions: { status: TimescaleStatus } } | null }> }> } } };

export type CaseloadStatementsCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadStatementsCaseloadQuery = { me: { displayName: string, caseload: { totalCount: number, items: Array<{ id: string, givenName: string, familyName: string, dateOfBirth: string, relationship: RelationshipKind, openRecommendationCount: number, driftingRecommendationCount: number, overdueReviewRecords: number, openChallengeCount: number, overdueChallengeResponseCount: number, localAuthority: { name: string }, iro: { displayName: string } | null, socialWorker: { displayName: string } | null, periodsOfCare: Array<{ startDate: string }>, legalStatuses: Array<{ code: string, description: string }>, reviews: Array<{ heldOn: string | null }>, nextReview: { dueBy: string, latestWorkingDay: string, status: ReviewStatus, kind: string, basis: string } | null, currentPlacement: { placementType: string, placementTypeDescription: string, startDate: string, carer: { displayName: string } | null, address: { line1: string, postcode: string } | null } | null, carePlanFlags: Array<{ code: CarePlanFlagCode, message: string }>, upcomingReview: { plannedFor: string | null } | null }> } } };

export type RecommendationStatementsCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationStatementsCaseloadQuery = { me: { caseload: { totalCount: number, items: Array<{ id: string, givenName: string, familyName: string, openRecommendationCount: number, driftingRecommendationCount: number, reviews: Array<{ heldOn: string | null }>, nextReview: { dueBy: string, status: ReviewStatus } | null }> } } };

export type RecommendationStatementsAddRecommendationMutationVariables = Exact<{
  input: AddRecommendationInput;
}>;


export type RecommendationStatementsAddRecommendationMutation = { addRecommendation: { id: string } };

export type RecommendationStatementsRecordRecommendationOutcomeMutationVariables = Exact<{
  input: RecordRecommendationOutcomeInput;
}>;


export type RecommendationStatementsRecordRecommendationOutcomeMutation = { recordRecommendationOutcome: { id: string } };

export type VoiceCaseloadStatementsCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type VoiceCaseloadStatementsCaseloadQuery = { me: { caseload: { totalCount: number, items: Array<{ id: string, openChallengeCount: number, overdueChallengeResponseCount: number, iroMessageSummary: { total: number, unanswered: number } | null }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CarePlanningMutationsNextDocument = new TypedDocumentString(`
    query CarePlanningMutationsNext($id: ID!) {
  child(id: $id) {
    nextReview {
      dueBy
      latestWorkingDay
      status
      kind
      basis
    }
    reviews {
      heldOn
    }
    legalStatuses {
      code
      description
      endDate
    }
    periodsOfCare {
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsNextQuery, CarePlanningMutationsNextQueryVariables>;
export const CarePlanningMutationsReviewDocument = new TypedDocumentString(`
    mutation CarePlanningMutationsReview($input: ReviewHeldInput!) {
  recordReviewHeld(input: $input) {
    heldOn
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsReviewMutation, CarePlanningMutationsReviewMutationVariables>;
export const CarePlanningMutationsLegalDocument = new TypedDocumentString(`
    mutation CarePlanningMutationsLegal($input: LegalStatusInput!) {
  recordLegalStatus(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsLegalMutation, CarePlanningMutationsLegalMutationVariables>;
export const CarePlanningMutationsPeriodDocument = new TypedDocumentString(`
    mutation CarePlanningMutationsPeriod($input: PeriodOfCareInput!) {
  recordPeriodOfCare(input: $input) {
    startDate
    endDate
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsPeriodMutation, CarePlanningMutationsPeriodMutationVariables>;
export const CarePlanningMutationsAllocateIroDocument = new TypedDocumentString(`
    mutation CarePlanningMutationsAllocateIro($input: AllocationInput!) {
  allocateIro(input: $input) {
    iro {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsAllocateIroMutation, CarePlanningMutationsAllocateIroMutationVariables>;
export const CarePlanningMutationsChildDocument = new TypedDocumentString(`
    query CarePlanningMutationsChild($id: ID!) {
  child(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsChildQuery, CarePlanningMutationsChildQueryVariables>;
export const CarePlanningMutationsMeDocument = new TypedDocumentString(`
    query CarePlanningMutationsMe {
  me {
    caseload {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsMeQuery, CarePlanningMutationsMeQueryVariables>;
export const CarePlanningMutationsAllocateIro2Document = new TypedDocumentString(`
    mutation CarePlanningMutationsAllocateIro2($input: AllocationInput!) {
  allocateIro(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsAllocateIro2Mutation, CarePlanningMutationsAllocateIro2MutationVariables>;
export const CarePlanningMutationsChild2Document = new TypedDocumentString(`
    query CarePlanningMutationsChild2($id: ID!) {
  child(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CarePlanningMutationsChild2Query, CarePlanningMutationsChild2QueryVariables>;
export const CarePlansSaveDocument = new TypedDocumentString(`
    mutation CarePlansSave($input: CarePlanInput!) {
  saveCarePlan(input: $input) {
    number
    savedBy {
      displayName
    }
    permanencePlan
    parallelPlan
    actions {
      description
      concerns
      owner
      dueDate
    }
    arrangements {
      dimension
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlansSaveMutation, CarePlansSaveMutationVariables>;
export const CarePlansPlanDocument = new TypedDocumentString(`
    query CarePlansPlan($id: ID!, $n: Int!) {
  child(id: $id) {
    carePlan {
      number
      permanencePlan
      parallelPlan
      actions {
        description
        concerns
        owner
        dueDate
      }
      arrangements {
        dimension
        text
      }
      savedBy {
        displayName
      }
      savedAt
    }
    carePlanVersions {
      number
      savedBy {
        displayName
      }
      savedAt
    }
    carePlanVersion(number: $n) {
      number
      permanencePlan
      actions {
        description
      }
      arrangements {
        dimension
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlansPlanQuery, CarePlansPlanQueryVariables>;
export const CarePlansFlagsDocument = new TypedDocumentString(`
    query CarePlansFlags($id: ID!) {
  child(id: $id) {
    carePlanFlags {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlansFlagsQuery, CarePlansFlagsQueryVariables>;
export const CarePlansQueryDocument = new TypedDocumentString(`
    query CarePlansQuery {
  children(first: 100) {
    items {
      carePlanFlags {
        code
      }
      carePlan {
        number
        savedBy {
          displayName
        }
      }
      carePlanVersions {
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlansQueryQuery, CarePlansQueryQueryVariables>;
export const ChallengesRaiseDocument = new TypedDocumentString(`
    mutation ChallengesRaise($input: RaiseChallengeInput!) {
  raiseChallenge(input: $input) {
    id
    version
    level
    stageName
    stageOrdinal
    status
    responseDueBy
    responseDueBasis
    overdue
  }
}
    `) as unknown as TypedDocumentString<ChallengesRaiseMutation, ChallengesRaiseMutationVariables>;
export const ChallengesRespondDocument = new TypedDocumentString(`
    mutation ChallengesRespond($id: ID!, $response: String!, $on: String!) {
  recordChallengeResponse(challengeId: $id, response: $response, on: $on) {
    version
    respondedOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<ChallengesRespondMutation, ChallengesRespondMutationVariables>;
export const ChallengesEscalateDocument = new TypedDocumentString(`
    mutation ChallengesEscalate($id: ID!, $v: Int!, $on: String!, $note: String) {
  escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) {
    version
    level
    stageName
    stageOrdinal
    levelStartedOn
    responseDueBy
    responseDueBasis
    overdue
  }
}
    `) as unknown as TypedDocumentString<ChallengesEscalateMutation, ChallengesEscalateMutationVariables>;
export const ChallengesResolveDocument = new TypedDocumentString(`
    mutation ChallengesResolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) {
  resolveChallenge(
    challengeId: $id
    expectedVersion: $v
    outcome: $outcome
    on: $on
  ) {
    version
    status
    outcome
    closedOn
  }
}
    `) as unknown as TypedDocumentString<ChallengesResolveMutation, ChallengesResolveMutationVariables>;
export const ChallengesReferDocument = new TypedDocumentString(`
    mutation ChallengesRefer($id: ID!, $v: Int!, $reason: String!, $on: String!) {
  referChallengeToCafcass(
    challengeId: $id
    expectedVersion: $v
    reason: $reason
    on: $on
  ) {
    version
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<ChallengesReferMutation, ChallengesReferMutationVariables>;
export const ChallengesChildDocument = new TypedDocumentString(`
    query ChallengesChild($id: ID!) {
  child(id: $id) {
    openChallengeCount
    overdueChallengeResponseCount
    challenges {
      id
      concern
      level
      stageName
      status
      overdue
      responseDueBy
      history {
        version
        action
        stageName
        happenedOn
        note
        by {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChallengesChildQuery, ChallengesChildQueryVariables>;
export const ChallengesChallengeStagesDocument = new TypedDocumentString(`
    query ChallengesChallengeStages {
  challengeStages {
    ordinal
    name
    workingDays
  }
}
    `) as unknown as TypedDocumentString<ChallengesChallengeStagesQuery, ChallengesChallengeStagesQueryVariables>;
export const ChallengesChallengeStages2Document = new TypedDocumentString(`
    query ChallengesChallengeStages2 {
  challengeStages {
    ordinal
    name
    workingDays
  }
}
    `) as unknown as TypedDocumentString<ChallengesChallengeStages2Query, ChallengesChallengeStages2QueryVariables>;
export const IroMessagesSendDocument = new TypedDocumentString(`
    mutation IroMessagesSend($childId: ID!, $body: String!) {
  sendMessageToIro(childId: $childId, body: $body) {
    id
    sender
    body
    sentAt
    replyTo
  }
}
    `) as unknown as TypedDocumentString<IroMessagesSendMutation, IroMessagesSendMutationVariables>;
export const IroMessagesReplyDocument = new TypedDocumentString(`
    mutation IroMessagesReply($messageId: ID!, $body: String!) {
  replyToChild(messageId: $messageId, body: $body) {
    id
    sender
    body
    replyTo
  }
}
    `) as unknown as TypedDocumentString<IroMessagesReplyMutation, IroMessagesReplyMutationVariables>;
export const IroMessagesEnableDocument = new TypedDocumentString(`
    mutation IroMessagesEnable($childId: ID!) {
  enableIroChannel(childId: $childId) {
    id
    iroChannel {
      open
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<IroMessagesEnableMutation, IroMessagesEnableMutationVariables>;
export const IroMessagesPageDocument = new TypedDocumentString(`
    query IroMessagesPage($id: ID!) {
  child(id: $id) {
    iro {
      displayName
    }
    iroChannel {
      open
      reason
    }
    iroMessageSummary {
      total
      unanswered
    }
    iroMessages {
      id
      sender
      body
      sentAt
      replies {
        sender
        body
        replyTo
      }
      sharedForSafeguarding {
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IroMessagesPageQuery, IroMessagesPageQueryVariables>;
export const OversightOversightDocument = new TypedDocumentString(`
    query OversightOversight {
  oversight {
    localAuthority {
      name
    }
    caseloadGuidance
    unallocatedChildren
    totals {
      children
      overdueReviews
      dueSoonReviews
      reviewsHeldLast12Months
      reviewsOnTime
      reviewsOnTimePercent
    }
    iros {
      iro {
        displayName
      }
      band
      counts {
        children
        overdueReviews
        reviewsOnTimePercent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OversightOversightQuery, OversightOversightQueryVariables>;
export const OversightWorkDocument = new TypedDocumentString(`
    query OversightWork {
  oversight {
    totals {
      overdueReviewRecords
      driftingRecommendations
      openChallenges
      overdueChallengeResponses
    }
    iros {
      iro {
        displayName
      }
      counts {
        overdueReviewRecords
        driftingRecommendations
        openChallenges
        overdueChallengeResponses
      }
    }
    openChallengesByStage {
      stage
      open
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<OversightWorkQuery, OversightWorkQueryVariables>;
export const OversightAddRecommendationDocument = new TypedDocumentString(`
    mutation OversightAddRecommendation($input: AddRecommendationInput!) {
  addRecommendation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OversightAddRecommendationMutation, OversightAddRecommendationMutationVariables>;
export const OversightRaiseChallengeDocument = new TypedDocumentString(`
    mutation OversightRaiseChallenge($input: RaiseChallengeInput!) {
  raiseChallenge(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OversightRaiseChallengeMutation, OversightRaiseChallengeMutationVariables>;
export const OversightRaiseChallenge2Document = new TypedDocumentString(`
    mutation OversightRaiseChallenge2($input: RaiseChallengeInput!) {
  raiseChallenge(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OversightRaiseChallenge2Mutation, OversightRaiseChallenge2MutationVariables>;
export const PlacementsMutationsStartDocument = new TypedDocumentString(`
    mutation PlacementsMutationsStart($input: StartPlacementInput!) {
  startPlacement(input: $input) {
    id
    placementType
    startDate
    address {
      line1
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsMutationsStartMutation, PlacementsMutationsStartMutationVariables>;
export const PlacementsMutationsEndDocument = new TypedDocumentString(`
    mutation PlacementsMutationsEnd($input: EndPlacementInput!) {
  endPlacement(input: $input) {
    endDate
  }
}
    `) as unknown as TypedDocumentString<PlacementsMutationsEndMutation, PlacementsMutationsEndMutationVariables>;
export const PlacementsMutationsChildrenDocument = new TypedDocumentString(`
    query PlacementsMutationsChildren {
  children {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PlacementsMutationsChildrenQuery, PlacementsMutationsChildrenQueryVariables>;
export const RecommendationsAddDocument = new TypedDocumentString(`
    mutation RecommendationsAdd($input: AddRecommendationInput!) {
  addRecommendation(input: $input) {
    id
    version
    status
    dueDate
  }
}
    `) as unknown as TypedDocumentString<RecommendationsAddMutation, RecommendationsAddMutationVariables>;
export const RecommendationsOutcomeDocument = new TypedDocumentString(`
    mutation RecommendationsOutcome($input: RecordRecommendationOutcomeInput!) {
  recordRecommendationOutcome(input: $input) {
    id
    version
    status
    dueDate
    originalDueDate
  }
}
    `) as unknown as TypedDocumentString<RecommendationsOutcomeMutation, RecommendationsOutcomeMutationVariables>;
export const RecommendationsRecsDocument = new TypedDocumentString(`
    query RecommendationsRecs($id: ID!) {
  child(id: $id) {
    openRecommendationCount
    driftingRecommendationCount
    recommendations {
      id
      text
      status
      dueDate
      originalDueDate
      dueDateBasis
      monitoring
      version
      madeOn
      madeAt {
        id
        heldOn
      }
      owner {
        display
        role
        person {
          id
          displayName
        }
      }
      history {
        outcome
        reason
        newDueDate
        progress
        heldOn
        reviewId
        recordedBy {
          displayName
        }
      }
      drift {
        reason
        explanation
      }
    }
    reviews {
      heldOn
      recommendations {
        id
      }
      outcomesRecorded {
        recommendationId
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsRecsQuery, RecommendationsRecsQueryVariables>;
export const RecommendationsChildDocument = new TypedDocumentString(`
    query RecommendationsChild($id: ID!) {
  child(id: $id) {
    reviews {
      id
      heldOn
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsChildQuery, RecommendationsChildQueryVariables>;
export const RecommendationsChild2Document = new TypedDocumentString(`
    query RecommendationsChild2($id: ID!) {
  child(id: $id) {
    recommendations(status: ACHIEVED) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsChild2Query, RecommendationsChild2QueryVariables>;
export const ReviewMeetingsScheduleDocument = new TypedDocumentString(`
    mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
    status
    kind
    reason
    plannedFor
    version
    invitations {
      name
      role
      hasAccount
      viewsSent
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsScheduleMutation, ReviewMeetingsScheduleMutationVariables>;
export const ReviewMeetingsMeetingDocument = new TypedDocumentString(`
    mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) {
  recordReviewMeeting(input: $input) {
    id
    status
    heldOn
    version
    kind
    reason
    participationCode
    participationDescription
    summary
    decisions {
      id
      text
    }
    attendees {
      name
      role
    }
    recordTimescales {
      decisions {
        dueBy
        basis
        completedOn
        status
      }
      fullRecord {
        dueBy
        basis
        completedOn
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsMeetingMutation, ReviewMeetingsMeetingMutationVariables>;
export const ReviewMeetingsChildDocument = new TypedDocumentString(`
    query ReviewMeetingsChild($id: ID!) {
  child(id: $id) {
    nextReview {
      dueBy
      kind
      basis
    }
    reviews {
      id
      heldOn
      kind
    }
    overdueReviewRecords
    upcomingReview {
      id
      status
      plannedFor
      version
      invitations {
        name
        role
        hasAccount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsChildQuery, ReviewMeetingsChildQueryVariables>;
export const ReviewMeetingsRecordConversationWithChildDocument = new TypedDocumentString(`
    mutation ReviewMeetingsRecordConversationWithChild($id: ID!) {
  recordConversationWithChild(reviewId: $id, on: "2027-01-05") {
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsRecordConversationWithChildMutation, ReviewMeetingsRecordConversationWithChildMutationVariables>;
export const ReviewMeetingsMarkDecisionsIssuedDocument = new TypedDocumentString(`
    mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) {
  markDecisionsIssued(reviewId: $id, on: "2027-01-05") {
    recordTimescales {
      decisions {
        status
        completedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsMarkDecisionsIssuedMutation, ReviewMeetingsMarkDecisionsIssuedMutationVariables>;
export const ReviewMeetingsCompleteReviewRecordDocument = new TypedDocumentString(`
    mutation ReviewMeetingsCompleteReviewRecord($id: ID!) {
  completeReviewRecord(reviewId: $id, on: "2027-01-06") {
    recordTimescales {
      fullRecord {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsCompleteReviewRecordMutation, ReviewMeetingsCompleteReviewRecordMutationVariables>;
export const ReviewMeetingsCompleteReviewRecord2Document = new TypedDocumentString(`
    mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) {
  completeReviewRecord(reviewId: $id, on: "2026-11-30") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsCompleteReviewRecord2Mutation, ReviewMeetingsCompleteReviewRecord2MutationVariables>;
export const ReviewMeetingsCaseloadDocument = new TypedDocumentString(`
    query ReviewMeetingsCaseload {
  me {
    caseload(first: 100) {
      items {
        overdueReviewRecords
        nextReview {
          dueBy
        }
        upcomingReview {
          plannedFor
          invitations {
            name
            viewsSent
          }
        }
        reviews {
          heldOn
          recordTimescales {
            decisions {
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsCaseloadQuery, ReviewMeetingsCaseloadQueryVariables>;
export const CaseloadStatementsCaseloadDocument = new TypedDocumentString(`
    query CaseloadStatementsCaseload {
  me {
    displayName
    caseload(first: 100) {
      totalCount
      items {
        id
        givenName
        familyName
        dateOfBirth
        relationship
        localAuthority {
          name
        }
        iro {
          displayName
        }
        socialWorker {
          displayName
        }
        periodsOfCare {
          startDate
        }
        legalStatuses {
          code
          description
        }
        reviews {
          heldOn
        }
        nextReview {
          dueBy
          latestWorkingDay
          status
          kind
          basis
        }
        currentPlacement {
          placementType
          placementTypeDescription
          startDate
          carer {
            displayName
          }
          address {
            line1
            postcode
          }
        }
        carePlanFlags {
          code
          message
        }
        openRecommendationCount
        driftingRecommendationCount
        overdueReviewRecords
        upcomingReview {
          plannedFor
        }
        openChallengeCount
        overdueChallengeResponseCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadStatementsCaseloadQuery, CaseloadStatementsCaseloadQueryVariables>;
export const RecommendationStatementsCaseloadDocument = new TypedDocumentString(`
    query RecommendationStatementsCaseload {
  me {
    caseload(first: 100) {
      totalCount
      items {
        id
        givenName
        familyName
        reviews {
          heldOn
        }
        nextReview {
          dueBy
          status
        }
        openRecommendationCount
        driftingRecommendationCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationStatementsCaseloadQuery, RecommendationStatementsCaseloadQueryVariables>;
export const RecommendationStatementsAddRecommendationDocument = new TypedDocumentString(`
    mutation RecommendationStatementsAddRecommendation($input: AddRecommendationInput!) {
  addRecommendation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecommendationStatementsAddRecommendationMutation, RecommendationStatementsAddRecommendationMutationVariables>;
export const RecommendationStatementsRecordRecommendationOutcomeDocument = new TypedDocumentString(`
    mutation RecommendationStatementsRecordRecommendationOutcome($input: RecordRecommendationOutcomeInput!) {
  recordRecommendationOutcome(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecommendationStatementsRecordRecommendationOutcomeMutation, RecommendationStatementsRecordRecommendationOutcomeMutationVariables>;
export const VoiceCaseloadStatementsCaseloadDocument = new TypedDocumentString(`
    query VoiceCaseloadStatementsCaseload {
  me {
    caseload(first: 100) {
      totalCount
      items {
        id
        openChallengeCount
        overdueChallengeResponseCount
        iroMessageSummary {
          total
          unanswered
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceCaseloadStatementsCaseloadQuery, VoiceCaseloadStatementsCaseloadQueryVariables>;