/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query AuthTestChildrenCount { children { totalCount } }\n": typeof types.AuthTestChildrenCountDocument,
    "query Me { me { id displayName role } }": typeof types.MeDocument,
    "\n  query GatewayTestChild($id: ID!) { child(id: $id) { id } }\n": typeof types.GatewayTestChildDocument,
    "\n  query GatewayTestMe { me { id } }\n": typeof types.GatewayTestMeDocument,
    "\n  query Caseload($first: Int!, $offset: Int!) {\n    me {\n      caseload(first: $first, offset: $offset) {\n        totalCount\n        items {\n          id givenName familyName dateOfBirth nextReview { dueBy latestWorkingDay status }\n          carePlanFlags { code }\n          driftingRecommendationCount\n          overdueReviewRecords\n          openChallengeCount\n          overdueChallengeResponseCount\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  mutation Respond($id: ID!, $response: String!, $on: String!, $v: Int) {\n    recordChallengeResponse(challengeId: $id, response: $response, on: $on, expectedVersion: $v) { id }\n  }\n": typeof types.RespondDocument,
    "\n  mutation Escalate($id: ID!, $v: Int!, $on: String!, $note: String) {\n    escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { id }\n  }\n": typeof types.EscalateDocument,
    "\n  mutation Resolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) {\n    resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { id }\n  }\n": typeof types.ResolveDocument,
    "\n  mutation Refer($id: ID!, $v: Int!, $reason: String!, $on: String!) {\n    referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { id }\n  }\n": typeof types.ReferDocument,
    "\n  query ChildChallenges($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      challenges {\n        id concern raisedWith openedOn level stageOrdinal stageName levelStartedOn respondedOn status outcome closedOn version\n        responseDueBy responseDueBasis overdue\n        raisedBy { displayName }\n        history { version action happenedOn stageName note by { displayName } }\n      }\n    }\n    challengeStages { ordinal name workingDays }\n  }\n": typeof types.ChildChallengesDocument,
    "\n  mutation Raise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }\n": typeof types.RaiseDocument,
    "\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n": typeof types.ChildDocument,
    "\n  query Children($first: Int!, $offset: Int!) {\n    children(first: $first, offset: $offset) {\n      totalCount\n      items { id givenName familyName dateOfBirth relationship }\n    }\n  }\n": typeof types.ChildrenDocument,
    "\n  query ChildMessages($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { displayName }\n      iroChannel { open reason }\n      iroMessages {\n        id body sentAt\n        replies { id body sentAt }\n        sharedForSafeguarding { reason on by { displayName } }\n      }\n    }\n  }\n": typeof types.ChildMessagesDocument,
    "\n  mutation Send($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }\n": typeof types.SendDocument,
    "\n  mutation Reply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }\n": typeof types.ReplyDocument,
    "\n  mutation Share($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id } }\n": typeof types.ShareDocument,
    "\n  mutation Open($childId: ID!) { enableIroChannel(childId: $childId) { id } }\n": typeof types.OpenDocument,
    "\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n": typeof types.CarePlanVersionFieldsFragmentDoc,
    "\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n": typeof types.CarePlanForEditDocument,
    "\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n": typeof types.CarePlanHeadDocument,
    "\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n": typeof types.SaveCarePlanDocument,
    "\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n": typeof types.CarePlanDocument,
    "\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n": typeof types.CarePlanVersionDocument,
    "\n  query ChildRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName\n      recommendations {\n        id text dueDate originalDueDate dueDateBasis monitoring status madeOn\n        owner { display }\n        history { outcome reason newDueDate progress heldOn }\n        drift { reason explanation }\n      }\n    }\n  }\n": typeof types.ChildRecommendationsDocument,
    "\n  query ReviewRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { id displayName }\n      socialWorker { id displayName }\n      reviews { id heldOn recommendations { id text owner { display } dueDate monitoring } }\n      recommendations(status: OPEN) {\n        id text dueDate version monitoring madeOn\n        owner { display }\n        history { reviewId }\n      }\n    }\n  }\n": typeof types.ReviewRecommendationsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }\n": typeof types.AddRecommendationDocument,
    "\n  mutation RecordOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }\n": typeof types.RecordOutcomeDocument,
    "\n  mutation ScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }\n": typeof types.ScheduleReviewDocument,
    "\n  mutation Publish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }\n": typeof types.PublishDocument,
    "\n  mutation RecordMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }\n": typeof types.RecordMeetingDocument,
    "\n  mutation SendViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role } }\n": typeof types.SendViewsDocument,
    "\n  mutation Spoke($reviewId: ID!, $on: String!) { recordConversationWithChild(reviewId: $reviewId, on: $on) { id } }\n": typeof types.SpokeDocument,
    "\n  mutation Issued($reviewId: ID!, $on: String!) { markDecisionsIssued(reviewId: $reviewId, on: $on) { id } }\n": typeof types.IssuedDocument,
    "\n  mutation Completed($reviewId: ID!, $on: String!) { completeReviewRecord(reviewId: $reviewId, on: $on) { id } }\n": typeof types.CompletedDocument,
    "\n  fragment ReviewFields on Review {\n    id status kind reason plannedFor heldOn venue version attendees { name role }\n    participationCode participationDescription summary childPrivateWords decisions { id text }\n    invitations { name role hasAccount viewsSent } consultation { role views from submittedAt } spokeToChildOn\n    recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } }\n    outcome {\n      publishedOn\n      childLetter { text decisions { id text } }\n      parentVersion { text decisions { id text } }\n      carerVersion { text decisions { id text } }\n    }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  query Review($id: ID!, $r: ID!) {\n    child(id: $id) { id givenName familyName dateOfBirth relationship review(id: $r) { ...ReviewFields } }\n  }\n": typeof types.ReviewDocument,
    "\n  query ChildHeader($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth relationship } }\n": typeof types.ChildHeaderDocument,
    "\n  query ChildReviews($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      upcomingReview { id plannedFor venue kind reason invitations { name role hasAccount viewsSent } }\n      reviews {\n        id heldOn kind reason outcome { publishedOn }\n        recordTimescales { decisions { dueBy status completedOn } fullRecord { dueBy status completedOn } }\n      }\n    }\n  }\n": typeof types.ChildReviewsDocument,
    "\n  fragment OversightCountsFields on OversightCounts {\n    children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTimePercent\n    overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses\n  }\n": typeof types.OversightCountsFieldsFragmentDoc,
    "\n  query Oversight {\n    oversight {\n      localAuthority { name }\n      caseloadGuidance\n      unallocatedChildren\n      totals { ...OversightCountsFields reviewsOnTime }\n      iros { iro { id displayName } band counts { ...OversightCountsFields } }\n      openChallengesByStage { stage open overdue }\n    }\n  }\n": typeof types.OversightDocument,
};
const documents: Documents = {
    "\n  query AuthTestChildrenCount { children { totalCount } }\n": types.AuthTestChildrenCountDocument,
    "query Me { me { id displayName role } }": types.MeDocument,
    "\n  query GatewayTestChild($id: ID!) { child(id: $id) { id } }\n": types.GatewayTestChildDocument,
    "\n  query GatewayTestMe { me { id } }\n": types.GatewayTestMeDocument,
    "\n  query Caseload($first: Int!, $offset: Int!) {\n    me {\n      caseload(first: $first, offset: $offset) {\n        totalCount\n        items {\n          id givenName familyName dateOfBirth nextReview { dueBy latestWorkingDay status }\n          carePlanFlags { code }\n          driftingRecommendationCount\n          overdueReviewRecords\n          openChallengeCount\n          overdueChallengeResponseCount\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  mutation Respond($id: ID!, $response: String!, $on: String!, $v: Int) {\n    recordChallengeResponse(challengeId: $id, response: $response, on: $on, expectedVersion: $v) { id }\n  }\n": types.RespondDocument,
    "\n  mutation Escalate($id: ID!, $v: Int!, $on: String!, $note: String) {\n    escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { id }\n  }\n": types.EscalateDocument,
    "\n  mutation Resolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) {\n    resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { id }\n  }\n": types.ResolveDocument,
    "\n  mutation Refer($id: ID!, $v: Int!, $reason: String!, $on: String!) {\n    referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { id }\n  }\n": types.ReferDocument,
    "\n  query ChildChallenges($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      challenges {\n        id concern raisedWith openedOn level stageOrdinal stageName levelStartedOn respondedOn status outcome closedOn version\n        responseDueBy responseDueBasis overdue\n        raisedBy { displayName }\n        history { version action happenedOn stageName note by { displayName } }\n      }\n    }\n    challengeStages { ordinal name workingDays }\n  }\n": types.ChildChallengesDocument,
    "\n  mutation Raise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }\n": types.RaiseDocument,
    "\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n": types.ChildDocument,
    "\n  query Children($first: Int!, $offset: Int!) {\n    children(first: $first, offset: $offset) {\n      totalCount\n      items { id givenName familyName dateOfBirth relationship }\n    }\n  }\n": types.ChildrenDocument,
    "\n  query ChildMessages($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { displayName }\n      iroChannel { open reason }\n      iroMessages {\n        id body sentAt\n        replies { id body sentAt }\n        sharedForSafeguarding { reason on by { displayName } }\n      }\n    }\n  }\n": types.ChildMessagesDocument,
    "\n  mutation Send($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }\n": types.SendDocument,
    "\n  mutation Reply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }\n": types.ReplyDocument,
    "\n  mutation Share($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id } }\n": types.ShareDocument,
    "\n  mutation Open($childId: ID!) { enableIroChannel(childId: $childId) { id } }\n": types.OpenDocument,
    "\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n": types.CarePlanVersionFieldsFragmentDoc,
    "\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n": types.CarePlanForEditDocument,
    "\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n": types.CarePlanHeadDocument,
    "\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n": types.SaveCarePlanDocument,
    "\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n": types.CarePlanDocument,
    "\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n": types.CarePlanVersionDocument,
    "\n  query ChildRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName\n      recommendations {\n        id text dueDate originalDueDate dueDateBasis monitoring status madeOn\n        owner { display }\n        history { outcome reason newDueDate progress heldOn }\n        drift { reason explanation }\n      }\n    }\n  }\n": types.ChildRecommendationsDocument,
    "\n  query ReviewRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { id displayName }\n      socialWorker { id displayName }\n      reviews { id heldOn recommendations { id text owner { display } dueDate monitoring } }\n      recommendations(status: OPEN) {\n        id text dueDate version monitoring madeOn\n        owner { display }\n        history { reviewId }\n      }\n    }\n  }\n": types.ReviewRecommendationsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }\n": types.AddRecommendationDocument,
    "\n  mutation RecordOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }\n": types.RecordOutcomeDocument,
    "\n  mutation ScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }\n": types.ScheduleReviewDocument,
    "\n  mutation Publish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }\n": types.PublishDocument,
    "\n  mutation RecordMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }\n": types.RecordMeetingDocument,
    "\n  mutation SendViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role } }\n": types.SendViewsDocument,
    "\n  mutation Spoke($reviewId: ID!, $on: String!) { recordConversationWithChild(reviewId: $reviewId, on: $on) { id } }\n": types.SpokeDocument,
    "\n  mutation Issued($reviewId: ID!, $on: String!) { markDecisionsIssued(reviewId: $reviewId, on: $on) { id } }\n": types.IssuedDocument,
    "\n  mutation Completed($reviewId: ID!, $on: String!) { completeReviewRecord(reviewId: $reviewId, on: $on) { id } }\n": types.CompletedDocument,
    "\n  fragment ReviewFields on Review {\n    id status kind reason plannedFor heldOn venue version attendees { name role }\n    participationCode participationDescription summary childPrivateWords decisions { id text }\n    invitations { name role hasAccount viewsSent } consultation { role views from submittedAt } spokeToChildOn\n    recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } }\n    outcome {\n      publishedOn\n      childLetter { text decisions { id text } }\n      parentVersion { text decisions { id text } }\n      carerVersion { text decisions { id text } }\n    }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  query Review($id: ID!, $r: ID!) {\n    child(id: $id) { id givenName familyName dateOfBirth relationship review(id: $r) { ...ReviewFields } }\n  }\n": types.ReviewDocument,
    "\n  query ChildHeader($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth relationship } }\n": types.ChildHeaderDocument,
    "\n  query ChildReviews($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      upcomingReview { id plannedFor venue kind reason invitations { name role hasAccount viewsSent } }\n      reviews {\n        id heldOn kind reason outcome { publishedOn }\n        recordTimescales { decisions { dueBy status completedOn } fullRecord { dueBy status completedOn } }\n      }\n    }\n  }\n": types.ChildReviewsDocument,
    "\n  fragment OversightCountsFields on OversightCounts {\n    children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTimePercent\n    overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses\n  }\n": types.OversightCountsFieldsFragmentDoc,
    "\n  query Oversight {\n    oversight {\n      localAuthority { name }\n      caseloadGuidance\n      unallocatedChildren\n      totals { ...OversightCountsFields reviewsOnTime }\n      iros { iro { id displayName } band counts { ...OversightCountsFields } }\n      openChallengesByStage { stage open overdue }\n    }\n  }\n": types.OversightDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTestChildrenCount { children { totalCount } }\n"): (typeof documents)["\n  query AuthTestChildrenCount { children { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id displayName role } }"): (typeof documents)["query Me { me { id displayName role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayTestChild($id: ID!) { child(id: $id) { id } }\n"): (typeof documents)["\n  query GatewayTestChild($id: ID!) { child(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayTestMe { me { id } }\n"): (typeof documents)["\n  query GatewayTestMe { me { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($first: Int!, $offset: Int!) {\n    me {\n      caseload(first: $first, offset: $offset) {\n        totalCount\n        items {\n          id givenName familyName dateOfBirth nextReview { dueBy latestWorkingDay status }\n          carePlanFlags { code }\n          driftingRecommendationCount\n          overdueReviewRecords\n          openChallengeCount\n          overdueChallengeResponseCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($first: Int!, $offset: Int!) {\n    me {\n      caseload(first: $first, offset: $offset) {\n        totalCount\n        items {\n          id givenName familyName dateOfBirth nextReview { dueBy latestWorkingDay status }\n          carePlanFlags { code }\n          driftingRecommendationCount\n          overdueReviewRecords\n          openChallengeCount\n          overdueChallengeResponseCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Respond($id: ID!, $response: String!, $on: String!, $v: Int) {\n    recordChallengeResponse(challengeId: $id, response: $response, on: $on, expectedVersion: $v) { id }\n  }\n"): (typeof documents)["\n  mutation Respond($id: ID!, $response: String!, $on: String!, $v: Int) {\n    recordChallengeResponse(challengeId: $id, response: $response, on: $on, expectedVersion: $v) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Escalate($id: ID!, $v: Int!, $on: String!, $note: String) {\n    escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { id }\n  }\n"): (typeof documents)["\n  mutation Escalate($id: ID!, $v: Int!, $on: String!, $note: String) {\n    escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) {\n    resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { id }\n  }\n"): (typeof documents)["\n  mutation Resolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) {\n    resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refer($id: ID!, $v: Int!, $reason: String!, $on: String!) {\n    referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { id }\n  }\n"): (typeof documents)["\n  mutation Refer($id: ID!, $v: Int!, $reason: String!, $on: String!) {\n    referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildChallenges($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      challenges {\n        id concern raisedWith openedOn level stageOrdinal stageName levelStartedOn respondedOn status outcome closedOn version\n        responseDueBy responseDueBasis overdue\n        raisedBy { displayName }\n        history { version action happenedOn stageName note by { displayName } }\n      }\n    }\n    challengeStages { ordinal name workingDays }\n  }\n"): (typeof documents)["\n  query ChildChallenges($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      challenges {\n        id concern raisedWith openedOn level stageOrdinal stageName levelStartedOn respondedOn status outcome closedOn version\n        responseDueBy responseDueBasis overdue\n        raisedBy { displayName }\n        history { version action happenedOn stageName note by { displayName } }\n      }\n    }\n    challengeStages { ordinal name workingDays }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Raise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }\n"): (typeof documents)["\n  mutation Raise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Children($first: Int!, $offset: Int!) {\n    children(first: $first, offset: $offset) {\n      totalCount\n      items { id givenName familyName dateOfBirth relationship }\n    }\n  }\n"): (typeof documents)["\n  query Children($first: Int!, $offset: Int!) {\n    children(first: $first, offset: $offset) {\n      totalCount\n      items { id givenName familyName dateOfBirth relationship }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildMessages($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { displayName }\n      iroChannel { open reason }\n      iroMessages {\n        id body sentAt\n        replies { id body sentAt }\n        sharedForSafeguarding { reason on by { displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildMessages($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { displayName }\n      iroChannel { open reason }\n      iroMessages {\n        id body sentAt\n        replies { id body sentAt }\n        sharedForSafeguarding { reason on by { displayName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Send($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }\n"): (typeof documents)["\n  mutation Send($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }\n"): (typeof documents)["\n  mutation Reply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Share($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id } }\n"): (typeof documents)["\n  mutation Share($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Open($childId: ID!) { enableIroChannel(childId: $childId) { id } }\n"): (typeof documents)["\n  mutation Open($childId: ID!) { enableIroChannel(childId: $childId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n"): (typeof documents)["\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n"): (typeof documents)["\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n"): (typeof documents)["\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n"): (typeof documents)["\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n"): (typeof documents)["\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName\n      recommendations {\n        id text dueDate originalDueDate dueDateBasis monitoring status madeOn\n        owner { display }\n        history { outcome reason newDueDate progress heldOn }\n        drift { reason explanation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName\n      recommendations {\n        id text dueDate originalDueDate dueDateBasis monitoring status madeOn\n        owner { display }\n        history { outcome reason newDueDate progress heldOn }\n        drift { reason explanation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { id displayName }\n      socialWorker { id displayName }\n      reviews { id heldOn recommendations { id text owner { display } dueDate monitoring } }\n      recommendations(status: OPEN) {\n        id text dueDate version monitoring madeOn\n        owner { display }\n        history { reviewId }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRecommendations($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      iro { id displayName }\n      socialWorker { id displayName }\n      reviews { id heldOn recommendations { id text owner { display } dueDate monitoring } }\n      recommendations(status: OPEN) {\n        id text dueDate version monitoring madeOn\n        owner { display }\n        history { reviewId }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }\n"): (typeof documents)["\n  mutation ScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Publish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }\n"): (typeof documents)["\n  mutation Publish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role } }\n"): (typeof documents)["\n  mutation SendViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Spoke($reviewId: ID!, $on: String!) { recordConversationWithChild(reviewId: $reviewId, on: $on) { id } }\n"): (typeof documents)["\n  mutation Spoke($reviewId: ID!, $on: String!) { recordConversationWithChild(reviewId: $reviewId, on: $on) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Issued($reviewId: ID!, $on: String!) { markDecisionsIssued(reviewId: $reviewId, on: $on) { id } }\n"): (typeof documents)["\n  mutation Issued($reviewId: ID!, $on: String!) { markDecisionsIssued(reviewId: $reviewId, on: $on) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Completed($reviewId: ID!, $on: String!) { completeReviewRecord(reviewId: $reviewId, on: $on) { id } }\n"): (typeof documents)["\n  mutation Completed($reviewId: ID!, $on: String!) { completeReviewRecord(reviewId: $reviewId, on: $on) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id status kind reason plannedFor heldOn venue version attendees { name role }\n    participationCode participationDescription summary childPrivateWords decisions { id text }\n    invitations { name role hasAccount viewsSent } consultation { role views from submittedAt } spokeToChildOn\n    recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } }\n    outcome {\n      publishedOn\n      childLetter { text decisions { id text } }\n      parentVersion { text decisions { id text } }\n      carerVersion { text decisions { id text } }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewFields on Review {\n    id status kind reason plannedFor heldOn venue version attendees { name role }\n    participationCode participationDescription summary childPrivateWords decisions { id text }\n    invitations { name role hasAccount viewsSent } consultation { role views from submittedAt } spokeToChildOn\n    recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } }\n    outcome {\n      publishedOn\n      childLetter { text decisions { id text } }\n      parentVersion { text decisions { id text } }\n      carerVersion { text decisions { id text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Review($id: ID!, $r: ID!) {\n    child(id: $id) { id givenName familyName dateOfBirth relationship review(id: $r) { ...ReviewFields } }\n  }\n"): (typeof documents)["\n  query Review($id: ID!, $r: ID!) {\n    child(id: $id) { id givenName familyName dateOfBirth relationship review(id: $r) { ...ReviewFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildHeader($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth relationship } }\n"): (typeof documents)["\n  query ChildHeader($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth relationship } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildReviews($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      upcomingReview { id plannedFor venue kind reason invitations { name role hasAccount viewsSent } }\n      reviews {\n        id heldOn kind reason outcome { publishedOn }\n        recordTimescales { decisions { dueBy status completedOn } fullRecord { dueBy status completedOn } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildReviews($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      upcomingReview { id plannedFor venue kind reason invitations { name role hasAccount viewsSent } }\n      reviews {\n        id heldOn kind reason outcome { publishedOn }\n        recordTimescales { decisions { dueBy status completedOn } fullRecord { dueBy status completedOn } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OversightCountsFields on OversightCounts {\n    children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTimePercent\n    overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses\n  }\n"): (typeof documents)["\n  fragment OversightCountsFields on OversightCounts {\n    children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTimePercent\n    overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Oversight {\n    oversight {\n      localAuthority { name }\n      caseloadGuidance\n      unallocatedChildren\n      totals { ...OversightCountsFields reviewsOnTime }\n      iros { iro { id displayName } band counts { ...OversightCountsFields } }\n      openChallengesByStage { stage open overdue }\n    }\n  }\n"): (typeof documents)["\n  query Oversight {\n    oversight {\n      localAuthority { name }\n      caseloadGuidance\n      unallocatedChildren\n      totals { ...OversightCountsFields reviewsOnTime }\n      iros { iro { id displayName } band counts { ...OversightCountsFields } }\n      openChallengesByStage { stage open overdue }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;