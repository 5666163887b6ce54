/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id status kind reason plannedFor version\n  invitations { name role hasAccount viewsSent } } }": typeof types.ReviewMeetingsScheduleDocument,
    "mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id status heldOn version kind reason\n  participationCode participationDescription summary decisions { id text } attendees { name role }\n  recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } } } }": typeof types.ReviewMeetingsMeetingDocument,
    "query ReviewMeetingsChild($id: ID!) { child(id: $id) { nextReview { dueBy kind basis } reviews { id heldOn kind } overdueReviewRecords\n  upcomingReview { id status plannedFor version invitations { name role hasAccount } } } }": typeof types.ReviewMeetingsChildDocument,
    "mutation ReviewMeetingsRecordConversationWithChild($id: ID!) { recordConversationWithChild(reviewId: $id, on: \"2027-01-05\") { version } }": typeof types.ReviewMeetingsRecordConversationWithChildDocument,
    "mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) { markDecisionsIssued(reviewId: $id, on: \"2027-01-05\") { recordTimescales { decisions { status completedOn } } } }": typeof types.ReviewMeetingsMarkDecisionsIssuedDocument,
    "mutation ReviewMeetingsCompleteReviewRecord($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2027-01-06\") { recordTimescales { fullRecord { status } } } }": typeof types.ReviewMeetingsCompleteReviewRecordDocument,
    "mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2026-11-30\") { id } }": typeof types.ReviewMeetingsCompleteReviewRecord2Document,
    "query ReviewMeetingsCaseload { me { caseload(first: 100) { items { overdueReviewRecords nextReview { dueBy }\n    upcomingReview { plannedFor invitations { name viewsSent } } reviews { heldOn recordTimescales { decisions { status } } } } } } }": typeof types.ReviewMeetingsCaseloadDocument,
};
const documents: Documents = {
    "mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id status kind reason plannedFor version\n  invitations { name role hasAccount viewsSent } } }": types.ReviewMeetingsScheduleDocument,
    "mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id status heldOn version kind reason\n  participationCode participationDescription summary decisions { id text } attendees { name role }\n  recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } } } }": types.ReviewMeetingsMeetingDocument,
    "query ReviewMeetingsChild($id: ID!) { child(id: $id) { nextReview { dueBy kind basis } reviews { id heldOn kind } overdueReviewRecords\n  upcomingReview { id status plannedFor version invitations { name role hasAccount } } } }": types.ReviewMeetingsChildDocument,
    "mutation ReviewMeetingsRecordConversationWithChild($id: ID!) { recordConversationWithChild(reviewId: $id, on: \"2027-01-05\") { version } }": types.ReviewMeetingsRecordConversationWithChildDocument,
    "mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) { markDecisionsIssued(reviewId: $id, on: \"2027-01-05\") { recordTimescales { decisions { status completedOn } } } }": types.ReviewMeetingsMarkDecisionsIssuedDocument,
    "mutation ReviewMeetingsCompleteReviewRecord($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2027-01-06\") { recordTimescales { fullRecord { status } } } }": types.ReviewMeetingsCompleteReviewRecordDocument,
    "mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2026-11-30\") { id } }": types.ReviewMeetingsCompleteReviewRecord2Document,
    "query ReviewMeetingsCaseload { me { caseload(first: 100) { items { overdueReviewRecords nextReview { dueBy }\n    upcomingReview { plannedFor invitations { name viewsSent } } reviews { heldOn recordTimescales { decisions { status } } } } } } }": types.ReviewMeetingsCaseloadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id status kind reason plannedFor version\n  invitations { name role hasAccount viewsSent } } }"): typeof import('./graphql').ReviewMeetingsScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id status heldOn version kind reason\n  participationCode participationDescription summary decisions { id text } attendees { name role }\n  recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } } } }"): typeof import('./graphql').ReviewMeetingsMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewMeetingsChild($id: ID!) { child(id: $id) { nextReview { dueBy kind basis } reviews { id heldOn kind } overdueReviewRecords\n  upcomingReview { id status plannedFor version invitations { name role hasAccount } } } }"): typeof import('./graphql').ReviewMeetingsChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMeetingsRecordConversationWithChild($id: ID!) { recordConversationWithChild(reviewId: $id, on: \"2027-01-05\") { version } }"): typeof import('./graphql').ReviewMeetingsRecordConversationWithChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) { markDecisionsIssued(reviewId: $id, on: \"2027-01-05\") { recordTimescales { decisions { status completedOn } } } }"): typeof import('./graphql').ReviewMeetingsMarkDecisionsIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMeetingsCompleteReviewRecord($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2027-01-06\") { recordTimescales { fullRecord { status } } } }"): typeof import('./graphql').ReviewMeetingsCompleteReviewRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2026-11-30\") { id } }"): typeof import('./graphql').ReviewMeetingsCompleteReviewRecord2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewMeetingsCaseload { me { caseload(first: 100) { items { overdueReviewRecords nextReview { dueBy }\n    upcomingReview { plannedFor invitations { name viewsSent } } reviews { heldOn recordTimescales { decisions { status } } } } } } }"): typeof import('./graphql').ReviewMeetingsCaseloadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
