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

export type ConsultationRole =
  | 'CARER'
  | 'CHILD'
  | 'PARENT';

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

export type PublishReviewOutcomeInput = {
  carerDecisionIds: Array<string | number>;
  /** Leave out to publish nothing to the carer */
  carerSummary?: string | null | undefined;
  childDecisionIds: Array<string | number>;
  /** A plain-language letter to the child: what they asked for, what was decided and why */
  childLetter: string;
  parentDecisionIds: Array<string | number>;
  /** Leave out to publish nothing to parents */
  parentSummary?: string | null | undefined;
  reviewId: string | number;
};

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

export type ReviewViewsInput = {
  reviewId: string | number;
  views: string;
};

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

export type IroLooksAtChildQueryVariables = Exact<{
  id: string | number;
}>;


export type IroLooksAtChildQuery = { child: { givenName: string, currentPlacement: { address: { line1: string } | null } | null } | null };

export type AuditChildQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditChildQuery = { child: { givenName: string } | null };

export type CarePlanAccessPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanAccessPlanQuery = { child: { carePlan: { number: number, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, actions: Array<{ description: string, owner: string }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null } | null, carePlanVersions: Array<{ number: number }>, carePlanVersion: { permanencePlan: PermanencePlan | null, actions: Array<{ description: string }> | null, arrangements: Array<{ text: string | null }> | null } | null, carePlanFlags: Array<{ code: CarePlanFlagCode }> } | null };

export type CarePlanAccessSaveMutationVariables = Exact<{
  input: CarePlanInput;
}>;


export type CarePlanAccessSaveMutation = { saveCarePlan: { number: number } };

export type GatewayAuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayAuthMeQuery = { me: { id: string } };

export type GatewayAuthMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayAuthMe2Query = { me: { id: string } };

export type GatewayAuthQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayAuthQueryQuery = { me: { caseload: { items: Array<{ currentPlacement: { carer: { id: string } | null } | null }> } } };

export type AFragment = { caseload: { items: Array<{ currentPlacement: { carer: { id: string } | null } | null }> } };

export type BFragment = { items: Array<{ currentPlacement: { carer: { id: string } | null } | null }> };

export type CFragment = { currentPlacement: { carer: { id: string } | null } | null };

export type DFragment = { carer: { id: string } | null };

export type EFragment = { id: string };

export type GatewayAuth__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayAuth__SchemaQuery = { __schema: { types: Array<{ name: string | null }> } };

export type GatewayAuthMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayAuthMe4Query = { me: { displayName: string } };

export type IroMessagesPrivacyMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type IroMessagesPrivacyMessagesQuery = { child: { id: string, iroMessages: Array<{ id: string, body: string | null, replies: Array<{ body: string | null }>, sharedForSafeguarding: { reason: string, by: { displayName: string } | null } | null }>, iroMessageSummary: { total: number, unanswered: number } | null } | null };

export type IroMessagesPrivacySendMutationVariables = Exact<{
  childId: string | number;
  body: string;
}>;


export type IroMessagesPrivacySendMutation = { sendMessageToIro: { id: string } };

export type IroMessagesPrivacyReplyMutationVariables = Exact<{
  messageId: string | number;
  body: string;
}>;


export type IroMessagesPrivacyReplyMutation = { replyToChild: { id: string } };

export type IroMessagesPrivacyShareMutationVariables = Exact<{
  messageId: string | number;
  reason: string;
}>;


export type IroMessagesPrivacyShareMutation = { shareMessageForSafeguarding: { id: string, sharedForSafeguarding: { reason: string } | null } };

export type RecommendationAccessViewQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationAccessViewQuery = { child: { openRecommendationCount: number, driftingRecommendationCount: number, recommendations: Array<{ id: string, text: string, owner: { display: string }, history: Array<{ outcome: RecommendationOutcomeKind }>, drift: Array<{ reason: DriftReason }> }>, reviews: Array<{ recommendations: Array<{ id: string, text: string }>, outcomesRecorded: Array<{ recommendationId: string, reason: string | null }> }> } | null };

export type RecommendationAccessAddMutationVariables = Exact<{
  input: AddRecommendationInput;
}>;


export type RecommendationAccessAddMutation = { addRecommendation: { id: string } };

export type RecommendationAccessOutcomeMutationVariables = Exact<{
  input: RecordRecommendationOutcomeInput;
}>;


export type RecommendationAccessOutcomeMutation = { recordRecommendationOutcome: { id: string } };

export type RecommendationAccessChildQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationAccessChildQuery = { child: { reviews: Array<{ id: string }> } | null };

export type RecommendationAccessChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationAccessChildrenQuery = { children: { items: Array<{ openRecommendationCount: number, recommendations: Array<{ text: string }> }> } };

export type RelationshipAccessChildWithAddressQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipAccessChildWithAddressQuery = { child: { id: string, givenName: string, currentPlacement: { placementType: string, address: { line1: string, postcode: string } | null } | null } | null };

export type RelationshipAccessChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipAccessChildrenQuery = { children: { items: Array<{ id: string, currentPlacement: { placementType: string, address: { line1: string, line2: string | null, town: string, postcode: string } | null } | null }> } };

export type RelationshipAccessChildQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipAccessChildQuery = { child: { currentPlacement: { address: { line1: string, postcode: string } | null } | null } | null };

export type WhereFragment = { currentPlacement: { address: { line1: string, postcode: string } | null } | null };

export type AddrFragment = { address: { line1: string, postcode: string } | null };

export type RelationshipAccessCQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipAccessCQuery = { c: { p: { home: { street: string, pc: string } | null } | null } | null };

export type RelationshipAccessChild2QueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipAccessChild2Query = { child: { currentPlacement: { address: { line1: string } | null } | null } | null };

export type RelationshipAccessMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipAccessMeQuery = { me: { caseload: { items: Array<{ currentPlacement: { address: { line1: string } | null } | null }> } } };

export type RelationshipAccessChild3QueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipAccessChild3Query = { child: { currentPlacement: { placementType: string, address: { line1: string } | null, carer: { displayName: string } | null } | null } | null };

export type RelationshipAccessChildren2QueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipAccessChildren2Query = { children: { totalCount: number, items: Array<{ id: string, currentPlacement: { address: { line1: string } | null } | null }> } };

export type RelationshipAccessChildren3QueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipAccessChildren3Query = { children: { totalCount: number } };

export type RelationshipAccessChildren4QueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipAccessChildren4Query = { children: { totalCount: number } };

export type ReviewPrivacyViewsMutationVariables = Exact<{
  input: ReviewViewsInput;
}>;


export type ReviewPrivacyViewsMutation = { submitReviewViews: { role: ConsultationRole, views: string } };

export type ReviewPrivacyScheduleReviewMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ReviewPrivacyScheduleReviewMutation = { scheduleReview: { id: string } };

export type ReviewPrivacyScheduleReview2MutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ReviewPrivacyScheduleReview2Mutation = { scheduleReview: { id: string } };

export type ReviewPrivacyConsultationQueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyConsultationQuery = { child: { review: { consultation: Array<{ role: ConsultationRole, views: string, from: string | null }> } | null } | null };

export type ReviewPrivacyRecordReviewMeetingMutationVariables = Exact<{
  input: ReviewMeetingInput;
}>;


export type ReviewPrivacyRecordReviewMeetingMutation = { recordReviewMeeting: { id: string } };

export type ReviewPrivacyChildQueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyChildQuery = { child: { review: { summary: string | null, childPrivateWords: string | null, decisions: Array<{ text: string }> | null, consultation: Array<{ views: string }> } | null } | null };

export type ReviewPrivacyChild2QueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyChild2Query = { child: { review: { summary: string | null, childPrivateWords: string | null, decisions: Array<{ text: string }> | null, consultation: Array<{ views: string }> } | null } | null };

export type ReviewPrivacyChild3QueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyChild3Query = { child: { review: { id: string, status: ReviewState, heldOn: string | null, summary: string | null, childPrivateWords: string | null, participationCode: string | null, attendees: Array<{ name: string }> | null, decisions: Array<{ text: string }> | null, invitations: Array<{ name: string }> | null, consultation: Array<{ role: ConsultationRole, views: string }> } | null } | null };

export type ReviewPrivacyChild4QueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewPrivacyChild4Query = { child: { reviews: Array<{ summary: string | null, childPrivateWords: string | null, decisions: Array<{ text: string }> | null, consultation: Array<{ views: string }> }> } | null };

export type ReviewPrivacyCQueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyCQuery = { c: { a: { words: string | null, s: string | null, v: Array<{ x: string }> } | null } | null };

export type ReviewPrivacyChild5QueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyChild5Query = { child: { review: { childPrivateWords: string | null, summary: string | null, consultation: Array<{ views: string }> } | null } | null };

export type RFragment = { childPrivateWords: string | null, summary: string | null, consultation: Array<{ views: string }> };

export type VFragment = { views: string };

export type ReviewPrivacyChild6QueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewPrivacyChild6Query = { child: { reviews: Array<{ childPrivateWords: string | null, consultation: Array<{ views: string }> }> } | null };

export type ReviewPrivacyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewPrivacyChildrenQuery = { children: { items: Array<{ reviews: Array<{ childPrivateWords: string | null, summary: string | null, consultation: Array<{ views: string }> }> }> } };

export type ReviewPrivacyChild7QueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyChild7Query = { child: { review: { status: ReviewState, heldOn: string | null, summary: string | null, decisions: Array<{ text: string }> | null, consultation: Array<{ views: string }> } | null } | null };

export type ReviewPrivacyQueryQueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyQueryQuery = { child: { review: { summary: string | null, invitations: Array<{ name: string, role: string }> | null } | null } | null };

export type ReviewPrivacyQuery2QueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyQuery2Query = { child: { review: { id: string, heldOn: string | null } | null } | null };

export type ReviewPrivacyOutcomeQueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyOutcomeQuery = { child: { review: { outcome: { publishedOn: string, childLetter: { text: string, decisions: Array<{ text: string }> } | null, parentVersion: { text: string, decisions: Array<{ text: string }> } | null, carerVersion: { text: string, decisions: Array<{ text: string }> } | null } | null } | null } | null };

export type ReviewPrivacyPublishMutationVariables = Exact<{
  input: PublishReviewOutcomeInput;
}>;


export type ReviewPrivacyPublishMutation = { publishReviewOutcome: { id: string } };

export type ReviewPrivacyChild8QueryVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type ReviewPrivacyChild8Query = { child: { review: { decisions: Array<{ id: string }> | null } | null } | null };

export type ReviewPrivacyChild9QueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewPrivacyChild9Query = { child: { reviews: Array<{ childPrivateWords: string | null, outcome: { childLetter: { text: string } | null, parentVersion: { text: string } | null, carerVersion: { text: string } | null } | null }> } | null };

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
export const EFragmentDoc = new TypedDocumentString(`
    fragment E on Person {
  id
}
    `, {"fragmentName":"E"}) as unknown as TypedDocumentString<EFragment, unknown>;
export const DFragmentDoc = new TypedDocumentString(`
    fragment D on Placement {
  carer {
    ...E
  }
}
    fragment E on Person {
  id
}`, {"fragmentName":"D"}) as unknown as TypedDocumentString<DFragment, unknown>;
export const CFragmentDoc = new TypedDocumentString(`
    fragment C on Child {
  currentPlacement {
    ...D
  }
}
    fragment D on Placement {
  carer {
    ...E
  }
}
fragment E on Person {
  id
}`, {"fragmentName":"C"}) as unknown as TypedDocumentString<CFragment, unknown>;
export const BFragmentDoc = new TypedDocumentString(`
    fragment B on ChildPage {
  items {
    ...C
  }
}
    fragment C on Child {
  currentPlacement {
    ...D
  }
}
fragment D on Placement {
  carer {
    ...E
  }
}
fragment E on Person {
  id
}`, {"fragmentName":"B"}) as unknown as TypedDocumentString<BFragment, unknown>;
export const AFragmentDoc = new TypedDocumentString(`
    fragment A on Me {
  caseload {
    ...B
  }
}
    fragment B on ChildPage {
  items {
    ...C
  }
}
fragment C on Child {
  currentPlacement {
    ...D
  }
}
fragment D on Placement {
  carer {
    ...E
  }
}
fragment E on Person {
  id
}`, {"fragmentName":"A"}) as unknown as TypedDocumentString<AFragment, unknown>;
export const AddrFragmentDoc = new TypedDocumentString(`
    fragment Addr on Placement {
  address {
    line1
    postcode
  }
}
    `, {"fragmentName":"Addr"}) as unknown as TypedDocumentString<AddrFragment, unknown>;
export const WhereFragmentDoc = new TypedDocumentString(`
    fragment Where on Child {
  currentPlacement {
    ...Addr
  }
}
    fragment Addr on Placement {
  address {
    line1
    postcode
  }
}`, {"fragmentName":"Where"}) as unknown as TypedDocumentString<WhereFragment, unknown>;
export const VFragmentDoc = new TypedDocumentString(`
    fragment V on ReviewViews {
  views
}
    `, {"fragmentName":"V"}) as unknown as TypedDocumentString<VFragment, unknown>;
export const RFragmentDoc = new TypedDocumentString(`
    fragment R on Review {
  childPrivateWords
  summary
  consultation {
    ...V
  }
}
    fragment V on ReviewViews {
  views
}`, {"fragmentName":"R"}) as unknown as TypedDocumentString<RFragment, unknown>;
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
export const IroLooksAtChildDocument = new TypedDocumentString(`
    query IroLooksAtChild($id: ID!) {
  child(id: $id) {
    givenName
    currentPlacement {
      address {
        line1
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IroLooksAtChildQuery, IroLooksAtChildQueryVariables>;
export const AuditChildDocument = new TypedDocumentString(`
    query AuditChild($id: ID!) {
  child(id: $id) {
    givenName
  }
}
    `) as unknown as TypedDocumentString<AuditChildQuery, AuditChildQueryVariables>;
export const CarePlanAccessPlanDocument = new TypedDocumentString(`
    query CarePlanAccessPlan($id: ID!) {
  child(id: $id) {
    carePlan {
      number
      permanencePlan
      parallelPlan
      actions {
        description
        owner
      }
      arrangements {
        dimension
        text
      }
    }
    carePlanVersions {
      number
    }
    carePlanVersion(number: 1) {
      permanencePlan
      actions {
        description
      }
      arrangements {
        text
      }
    }
    carePlanFlags {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CarePlanAccessPlanQuery, CarePlanAccessPlanQueryVariables>;
export const CarePlanAccessSaveDocument = new TypedDocumentString(`
    mutation CarePlanAccessSave($input: CarePlanInput!) {
  saveCarePlan(input: $input) {
    number
  }
}
    `) as unknown as TypedDocumentString<CarePlanAccessSaveMutation, CarePlanAccessSaveMutationVariables>;
export const GatewayAuthMeDocument = new TypedDocumentString(`
    query GatewayAuthMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<GatewayAuthMeQuery, GatewayAuthMeQueryVariables>;
export const GatewayAuthMe2Document = new TypedDocumentString(`
    query GatewayAuthMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<GatewayAuthMe2Query, GatewayAuthMe2QueryVariables>;
export const GatewayAuthQueryDocument = new TypedDocumentString(`
    query GatewayAuthQuery {
  me {
    ...A
  }
}
    fragment A on Me {
  caseload {
    ...B
  }
}
fragment B on ChildPage {
  items {
    ...C
  }
}
fragment C on Child {
  currentPlacement {
    ...D
  }
}
fragment D on Placement {
  carer {
    ...E
  }
}
fragment E on Person {
  id
}`) as unknown as TypedDocumentString<GatewayAuthQueryQuery, GatewayAuthQueryQueryVariables>;
export const GatewayAuth__SchemaDocument = new TypedDocumentString(`
    query GatewayAuth__schema {
  __schema {
    types {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GatewayAuth__SchemaQuery, GatewayAuth__SchemaQueryVariables>;
export const GatewayAuthMe4Document = new TypedDocumentString(`
    query GatewayAuthMe4 {
  me {
    displayName
  }
}
    `) as unknown as TypedDocumentString<GatewayAuthMe4Query, GatewayAuthMe4QueryVariables>;
export const IroMessagesPrivacyMessagesDocument = new TypedDocumentString(`
    query IroMessagesPrivacyMessages($id: ID!) {
  child(id: $id) {
    id
    iroMessages {
      id
      body
      replies {
        body
      }
      sharedForSafeguarding {
        reason
        by {
          displayName
        }
      }
    }
    iroMessageSummary {
      total
      unanswered
    }
  }
}
    `) as unknown as TypedDocumentString<IroMessagesPrivacyMessagesQuery, IroMessagesPrivacyMessagesQueryVariables>;
export const IroMessagesPrivacySendDocument = new TypedDocumentString(`
    mutation IroMessagesPrivacySend($childId: ID!, $body: String!) {
  sendMessageToIro(childId: $childId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<IroMessagesPrivacySendMutation, IroMessagesPrivacySendMutationVariables>;
export const IroMessagesPrivacyReplyDocument = new TypedDocumentString(`
    mutation IroMessagesPrivacyReply($messageId: ID!, $body: String!) {
  replyToChild(messageId: $messageId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<IroMessagesPrivacyReplyMutation, IroMessagesPrivacyReplyMutationVariables>;
export const IroMessagesPrivacyShareDocument = new TypedDocumentString(`
    mutation IroMessagesPrivacyShare($messageId: ID!, $reason: String!) {
  shareMessageForSafeguarding(messageId: $messageId, reason: $reason) {
    id
    sharedForSafeguarding {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<IroMessagesPrivacyShareMutation, IroMessagesPrivacyShareMutationVariables>;
export const RecommendationAccessViewDocument = new TypedDocumentString(`
    query RecommendationAccessView($id: ID!) {
  child(id: $id) {
    openRecommendationCount
    driftingRecommendationCount
    recommendations {
      id
      text
      owner {
        display
      }
      history {
        outcome
      }
      drift {
        reason
      }
    }
    reviews {
      recommendations {
        id
        text
      }
      outcomesRecorded {
        recommendationId
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationAccessViewQuery, RecommendationAccessViewQueryVariables>;
export const RecommendationAccessAddDocument = new TypedDocumentString(`
    mutation RecommendationAccessAdd($input: AddRecommendationInput!) {
  addRecommendation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecommendationAccessAddMutation, RecommendationAccessAddMutationVariables>;
export const RecommendationAccessOutcomeDocument = new TypedDocumentString(`
    mutation RecommendationAccessOutcome($input: RecordRecommendationOutcomeInput!) {
  recordRecommendationOutcome(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecommendationAccessOutcomeMutation, RecommendationAccessOutcomeMutationVariables>;
export const RecommendationAccessChildDocument = new TypedDocumentString(`
    query RecommendationAccessChild($id: ID!) {
  child(id: $id) {
    reviews {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationAccessChildQuery, RecommendationAccessChildQueryVariables>;
export const RecommendationAccessChildrenDocument = new TypedDocumentString(`
    query RecommendationAccessChildren {
  children {
    items {
      recommendations {
        text
      }
      openRecommendationCount
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationAccessChildrenQuery, RecommendationAccessChildrenQueryVariables>;
export const RelationshipAccessChildWithAddressDocument = new TypedDocumentString(`
    query RelationshipAccessChildWithAddress($id: ID!) {
  child(id: $id) {
    id
    givenName
    currentPlacement {
      placementType
      address {
        line1
        postcode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChildWithAddressQuery, RelationshipAccessChildWithAddressQueryVariables>;
export const RelationshipAccessChildrenDocument = new TypedDocumentString(`
    query RelationshipAccessChildren {
  children {
    items {
      id
      currentPlacement {
        placementType
        address {
          line1
          line2
          town
          postcode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChildrenQuery, RelationshipAccessChildrenQueryVariables>;
export const RelationshipAccessChildDocument = new TypedDocumentString(`
    query RelationshipAccessChild($id: ID!) {
  child(id: $id) {
    ...Where
  }
}
    fragment Where on Child {
  currentPlacement {
    ...Addr
  }
}
fragment Addr on Placement {
  address {
    line1
    postcode
  }
}`) as unknown as TypedDocumentString<RelationshipAccessChildQuery, RelationshipAccessChildQueryVariables>;
export const RelationshipAccessCDocument = new TypedDocumentString(`
    query RelationshipAccessC($id: ID!) {
  c: child(id: $id) {
    p: currentPlacement {
      home: address {
        street: line1
        pc: postcode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessCQuery, RelationshipAccessCQueryVariables>;
export const RelationshipAccessChild2Document = new TypedDocumentString(`
    query RelationshipAccessChild2($id: ID!) {
  child(id: $id) {
    ... on Child {
      currentPlacement {
        ... on Placement {
          address {
            line1
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChild2Query, RelationshipAccessChild2QueryVariables>;
export const RelationshipAccessMeDocument = new TypedDocumentString(`
    query RelationshipAccessMe {
  me {
    caseload {
      items {
        currentPlacement {
          address {
            line1
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessMeQuery, RelationshipAccessMeQueryVariables>;
export const RelationshipAccessChild3Document = new TypedDocumentString(`
    query RelationshipAccessChild3($id: ID!) {
  child(id: $id) {
    currentPlacement {
      placementType
      address {
        line1
      }
      carer {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChild3Query, RelationshipAccessChild3QueryVariables>;
export const RelationshipAccessChildren2Document = new TypedDocumentString(`
    query RelationshipAccessChildren2 {
  children {
    totalCount
    items {
      id
      currentPlacement {
        address {
          line1
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChildren2Query, RelationshipAccessChildren2QueryVariables>;
export const RelationshipAccessChildren3Document = new TypedDocumentString(`
    query RelationshipAccessChildren3 {
  children {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChildren3Query, RelationshipAccessChildren3QueryVariables>;
export const RelationshipAccessChildren4Document = new TypedDocumentString(`
    query RelationshipAccessChildren4 {
  children {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RelationshipAccessChildren4Query, RelationshipAccessChildren4QueryVariables>;
export const ReviewPrivacyViewsDocument = new TypedDocumentString(`
    mutation ReviewPrivacyViews($input: ReviewViewsInput!) {
  submitReviewViews(input: $input) {
    role
    views
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyViewsMutation, ReviewPrivacyViewsMutationVariables>;
export const ReviewPrivacyScheduleReviewDocument = new TypedDocumentString(`
    mutation ReviewPrivacyScheduleReview($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyScheduleReviewMutation, ReviewPrivacyScheduleReviewMutationVariables>;
export const ReviewPrivacyScheduleReview2Document = new TypedDocumentString(`
    mutation ReviewPrivacyScheduleReview2($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyScheduleReview2Mutation, ReviewPrivacyScheduleReview2MutationVariables>;
export const ReviewPrivacyConsultationDocument = new TypedDocumentString(`
    query ReviewPrivacyConsultation($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      consultation {
        role
        views
        from
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyConsultationQuery, ReviewPrivacyConsultationQueryVariables>;
export const ReviewPrivacyRecordReviewMeetingDocument = new TypedDocumentString(`
    mutation ReviewPrivacyRecordReviewMeeting($input: ReviewMeetingInput!) {
  recordReviewMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyRecordReviewMeetingMutation, ReviewPrivacyRecordReviewMeetingMutationVariables>;
export const ReviewPrivacyChildDocument = new TypedDocumentString(`
    query ReviewPrivacyChild($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      summary
      childPrivateWords
      decisions {
        text
      }
      consultation {
        views
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChildQuery, ReviewPrivacyChildQueryVariables>;
export const ReviewPrivacyChild2Document = new TypedDocumentString(`
    query ReviewPrivacyChild2($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      summary
      childPrivateWords
      decisions {
        text
      }
      consultation {
        views
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild2Query, ReviewPrivacyChild2QueryVariables>;
export const ReviewPrivacyChild3Document = new TypedDocumentString(`
    query ReviewPrivacyChild3($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      id
      status
      heldOn
      summary
      childPrivateWords
      participationCode
      attendees {
        name
      }
      decisions {
        text
      }
      invitations {
        name
      }
      consultation {
        role
        views
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild3Query, ReviewPrivacyChild3QueryVariables>;
export const ReviewPrivacyChild4Document = new TypedDocumentString(`
    query ReviewPrivacyChild4($id: ID!) {
  child(id: $id) {
    reviews {
      summary
      childPrivateWords
      decisions {
        text
      }
      consultation {
        views
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild4Query, ReviewPrivacyChild4QueryVariables>;
export const ReviewPrivacyCDocument = new TypedDocumentString(`
    query ReviewPrivacyC($id: ID!, $r: ID!) {
  c: child(id: $id) {
    a: review(id: $r) {
      words: childPrivateWords
      s: summary
      v: consultation {
        x: views
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyCQuery, ReviewPrivacyCQueryVariables>;
export const ReviewPrivacyChild5Document = new TypedDocumentString(`
    query ReviewPrivacyChild5($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      ...R
    }
  }
}
    fragment R on Review {
  childPrivateWords
  summary
  consultation {
    ...V
  }
}
fragment V on ReviewViews {
  views
}`) as unknown as TypedDocumentString<ReviewPrivacyChild5Query, ReviewPrivacyChild5QueryVariables>;
export const ReviewPrivacyChild6Document = new TypedDocumentString(`
    query ReviewPrivacyChild6($id: ID!) {
  child(id: $id) {
    reviews {
      ... on Review {
        childPrivateWords
        consultation {
          ... on ReviewViews {
            views
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild6Query, ReviewPrivacyChild6QueryVariables>;
export const ReviewPrivacyChildrenDocument = new TypedDocumentString(`
    query ReviewPrivacyChildren {
  children {
    items {
      reviews {
        childPrivateWords
        summary
        consultation {
          views
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChildrenQuery, ReviewPrivacyChildrenQueryVariables>;
export const ReviewPrivacyChild7Document = new TypedDocumentString(`
    query ReviewPrivacyChild7($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      status
      heldOn
      summary
      decisions {
        text
      }
      consultation {
        views
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild7Query, ReviewPrivacyChild7QueryVariables>;
export const ReviewPrivacyQueryDocument = new TypedDocumentString(`
    query ReviewPrivacyQuery($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      summary
      invitations {
        name
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyQueryQuery, ReviewPrivacyQueryQueryVariables>;
export const ReviewPrivacyQuery2Document = new TypedDocumentString(`
    query ReviewPrivacyQuery2($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      id
      heldOn
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyQuery2Query, ReviewPrivacyQuery2QueryVariables>;
export const ReviewPrivacyOutcomeDocument = new TypedDocumentString(`
    query ReviewPrivacyOutcome($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      outcome {
        publishedOn
        childLetter {
          text
          decisions {
            text
          }
        }
        parentVersion {
          text
          decisions {
            text
          }
        }
        carerVersion {
          text
          decisions {
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyOutcomeQuery, ReviewPrivacyOutcomeQueryVariables>;
export const ReviewPrivacyPublishDocument = new TypedDocumentString(`
    mutation ReviewPrivacyPublish($input: PublishReviewOutcomeInput!) {
  publishReviewOutcome(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyPublishMutation, ReviewPrivacyPublishMutationVariables>;
export const ReviewPrivacyChild8Document = new TypedDocumentString(`
    query ReviewPrivacyChild8($id: ID!, $r: ID!) {
  child(id: $id) {
    review(id: $r) {
      decisions {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild8Query, ReviewPrivacyChild8QueryVariables>;
export const ReviewPrivacyChild9Document = new TypedDocumentString(`
    query ReviewPrivacyChild9($id: ID!) {
  child(id: $id) {
    reviews {
      outcome {
        childLetter {
          text
        }
        parentVersion {
          text
        }
        carerVersion {
          text
        }
      }
      childPrivateWords
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewPrivacyChild9Query, ReviewPrivacyChild9QueryVariables>;