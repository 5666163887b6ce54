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
    "query CarePlanningMutationsNext($id: ID!) { child(id: $id) { nextReview { dueBy latestWorkingDay status kind basis } reviews { heldOn } legalStatuses { code description endDate } periodsOfCare { startDate endDate } } }": typeof types.CarePlanningMutationsNextDocument,
    "mutation CarePlanningMutationsReview($input: ReviewHeldInput!) { recordReviewHeld(input: $input) { heldOn } }": typeof types.CarePlanningMutationsReviewDocument,
    "mutation CarePlanningMutationsLegal($input: LegalStatusInput!) { recordLegalStatus(input: $input) { code } }": typeof types.CarePlanningMutationsLegalDocument,
    "mutation CarePlanningMutationsPeriod($input: PeriodOfCareInput!) { recordPeriodOfCare(input: $input) { startDate endDate } }": typeof types.CarePlanningMutationsPeriodDocument,
    "mutation CarePlanningMutationsAllocateIro($input: AllocationInput!) { allocateIro(input: $input) { iro { id } } }": typeof types.CarePlanningMutationsAllocateIroDocument,
    "query CarePlanningMutationsChild($id: ID!) { child(id: $id) { id } }": typeof types.CarePlanningMutationsChildDocument,
    "query CarePlanningMutationsMe { me { caseload { totalCount } } }": typeof types.CarePlanningMutationsMeDocument,
    "mutation CarePlanningMutationsAllocateIro2($input: AllocationInput!) { allocateIro(input: $input) { id } }": typeof types.CarePlanningMutationsAllocateIro2Document,
    "query CarePlanningMutationsChild2($id: ID!) { child(id: $id) { id } }": typeof types.CarePlanningMutationsChild2Document,
    "mutation CarePlansSave($input: CarePlanInput!) {\n  saveCarePlan(input: $input) { number savedBy { displayName } permanencePlan parallelPlan actions { description concerns owner dueDate } arrangements { dimension text } }\n}": typeof types.CarePlansSaveDocument,
    "query CarePlansPlan($id: ID!, $n: Int!) { child(id: $id) {\n  carePlan { number permanencePlan parallelPlan actions { description concerns owner dueDate } arrangements { dimension text } savedBy { displayName } savedAt }\n  carePlanVersions { number savedBy { displayName } savedAt }\n  carePlanVersion(number: $n) { number permanencePlan actions { description } arrangements { dimension text } }\n} }": typeof types.CarePlansPlanDocument,
    "query CarePlansFlags($id: ID!) { child(id: $id) { carePlanFlags { code message } } }": typeof types.CarePlansFlagsDocument,
    "query CarePlansQuery { children(first: 100) { items { carePlanFlags { code } carePlan { number savedBy { displayName } } carePlanVersions { number } } } }": typeof types.CarePlansQueryDocument,
    "mutation ChallengesRaise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id version level stageName stageOrdinal status responseDueBy responseDueBasis overdue } }": typeof types.ChallengesRaiseDocument,
    "mutation ChallengesRespond($id: ID!, $response: String!, $on: String!) { recordChallengeResponse(challengeId: $id, response: $response, on: $on) { version respondedOn overdue } }": typeof types.ChallengesRespondDocument,
    "mutation ChallengesEscalate($id: ID!, $v: Int!, $on: String!, $note: String) { escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { version level stageName stageOrdinal levelStartedOn responseDueBy responseDueBasis overdue } }": typeof types.ChallengesEscalateDocument,
    "mutation ChallengesResolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) { resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { version status outcome closedOn } }": typeof types.ChallengesResolveDocument,
    "mutation ChallengesRefer($id: ID!, $v: Int!, $reason: String!, $on: String!) { referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { version status outcome } }": typeof types.ChallengesReferDocument,
    "query ChallengesChild($id: ID!) { child(id: $id) { openChallengeCount overdueChallengeResponseCount challenges { id concern level stageName status overdue responseDueBy history { version action stageName happenedOn note by { displayName } } } } }": typeof types.ChallengesChildDocument,
    "query ChallengesChallengeStages { challengeStages { ordinal name workingDays } }": typeof types.ChallengesChallengeStagesDocument,
    "query ChallengesChallengeStages2 { challengeStages { ordinal name workingDays } }": typeof types.ChallengesChallengeStages2Document,
    "mutation IroMessagesSend($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id sender body sentAt replyTo } }": typeof types.IroMessagesSendDocument,
    "mutation IroMessagesReply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id sender body replyTo } }": typeof types.IroMessagesReplyDocument,
    "mutation IroMessagesEnable($childId: ID!) { enableIroChannel(childId: $childId) { id iroChannel { open reason } } }": typeof types.IroMessagesEnableDocument,
    "query IroMessagesPage($id: ID!) { child(id: $id) {\n  iro { displayName }\n  iroChannel { open reason }\n  iroMessageSummary { total unanswered }\n  iroMessages { id sender body sentAt replies { sender body replyTo } sharedForSafeguarding { reason } }\n} }": typeof types.IroMessagesPageDocument,
    "query OversightOversight {\n  oversight {\n    localAuthority { name }\n    caseloadGuidance\n    unallocatedChildren\n    totals { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTime reviewsOnTimePercent }\n    iros { iro { displayName } band counts { children overdueReviews reviewsOnTimePercent } }\n  }\n}": typeof types.OversightOversightDocument,
    "query OversightWork {\n  oversight {\n    totals { overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses }\n    iros { iro { displayName } counts { overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses } }\n    openChallengesByStage { stage open overdue }\n  }\n}": typeof types.OversightWorkDocument,
    "mutation OversightAddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }": typeof types.OversightAddRecommendationDocument,
    "mutation OversightRaiseChallenge($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }": typeof types.OversightRaiseChallengeDocument,
    "mutation OversightRaiseChallenge2($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }": typeof types.OversightRaiseChallenge2Document,
    "mutation PlacementsMutationsStart($input: StartPlacementInput!) { startPlacement(input: $input) { id placementType startDate address { line1 } } }": typeof types.PlacementsMutationsStartDocument,
    "mutation PlacementsMutationsEnd($input: EndPlacementInput!) { endPlacement(input: $input) { endDate } }": typeof types.PlacementsMutationsEndDocument,
    "query PlacementsMutationsChildren { children { totalCount } }": typeof types.PlacementsMutationsChildrenDocument,
    "mutation RecommendationsAdd($input: AddRecommendationInput!) { addRecommendation(input: $input) { id version status dueDate } }": typeof types.RecommendationsAddDocument,
    "mutation RecommendationsOutcome($input: RecordRecommendationOutcomeInput!) {\n  recordRecommendationOutcome(input: $input) { id version status dueDate originalDueDate }\n}": typeof types.RecommendationsOutcomeDocument,
    "query RecommendationsRecs($id: ID!) { child(id: $id) {\n  openRecommendationCount driftingRecommendationCount\n  recommendations { id text status dueDate originalDueDate dueDateBasis monitoring version madeOn madeAt { id heldOn }\n    owner { display role person { id displayName } }\n    history { outcome reason newDueDate progress heldOn reviewId recordedBy { displayName } }\n    drift { reason explanation } }\n  reviews { heldOn recommendations { id } outcomesRecorded { recommendationId outcome } }\n} }": typeof types.RecommendationsRecsDocument,
    "query RecommendationsChild($id: ID!) { child(id: $id) { reviews { id heldOn } } }": typeof types.RecommendationsChildDocument,
    "query RecommendationsChild2($id: ID!) { child(id: $id) { recommendations(status: ACHIEVED) { id } } }": typeof types.RecommendationsChild2Document,
    "mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id status kind reason plannedFor version\n  invitations { name role hasAccount viewsSent } } }": typeof types.ReviewMeetingsScheduleDocument,
    "mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id status heldOn version kind reason\n  participationCode participationDescription summary decisions { id text } attendees { name role }\n  recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } } } }": typeof types.ReviewMeetingsMeetingDocument,
    "query ReviewMeetingsChild($id: ID!) { child(id: $id) { nextReview { dueBy kind basis } reviews { id heldOn kind } overdueReviewRecords\n  upcomingReview { id status plannedFor version invitations { name role hasAccount } } } }": typeof types.ReviewMeetingsChildDocument,
    "mutation ReviewMeetingsRecordConversationWithChild($id: ID!) { recordConversationWithChild(reviewId: $id, on: \"2027-01-05\") { version } }": typeof types.ReviewMeetingsRecordConversationWithChildDocument,
    "mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) { markDecisionsIssued(reviewId: $id, on: \"2027-01-05\") { recordTimescales { decisions { status completedOn } } } }": typeof types.ReviewMeetingsMarkDecisionsIssuedDocument,
    "mutation ReviewMeetingsCompleteReviewRecord($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2027-01-06\") { recordTimescales { fullRecord { status } } } }": typeof types.ReviewMeetingsCompleteReviewRecordDocument,
    "mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2026-11-30\") { id } }": typeof types.ReviewMeetingsCompleteReviewRecord2Document,
    "query ReviewMeetingsCaseload { me { caseload(first: 100) { items { overdueReviewRecords nextReview { dueBy }\n    upcomingReview { plannedFor invitations { name viewsSent } } reviews { heldOn recordTimescales { decisions { status } } } } } } }": typeof types.ReviewMeetingsCaseloadDocument,
    "query CaseloadStatementsCaseload {\n  me {\n    displayName\n    caseload(first: 100) {\n      totalCount\n      items {\n        id givenName familyName dateOfBirth relationship\n        localAuthority { name }\n        iro { displayName } socialWorker { displayName }\n        periodsOfCare { startDate } legalStatuses { code description }\n        reviews { heldOn }\n        nextReview { dueBy latestWorkingDay status kind basis }\n        currentPlacement { placementType placementTypeDescription startDate carer { displayName } address { line1 postcode } }\n        carePlanFlags { code message }\n        openRecommendationCount driftingRecommendationCount\n        overdueReviewRecords upcomingReview { plannedFor }\n        openChallengeCount overdueChallengeResponseCount\n      }\n    }\n  }\n}": typeof types.CaseloadStatementsCaseloadDocument,
    "query RecommendationStatementsCaseload {\n  me {\n    caseload(first: 100) {\n      totalCount\n      items {\n        id givenName familyName\n        reviews { heldOn }\n        nextReview { dueBy status }\n        openRecommendationCount\n        driftingRecommendationCount\n      }\n    }\n  }\n}": typeof types.RecommendationStatementsCaseloadDocument,
    "mutation RecommendationStatementsAddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }": typeof types.RecommendationStatementsAddRecommendationDocument,
    "mutation RecommendationStatementsRecordRecommendationOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }": typeof types.RecommendationStatementsRecordRecommendationOutcomeDocument,
    "query VoiceCaseloadStatementsCaseload {\n  me { caseload(first: 100) { totalCount items {\n    id openChallengeCount overdueChallengeResponseCount iroMessageSummary { total unanswered }\n  } } }\n}": typeof types.VoiceCaseloadStatementsCaseloadDocument,
    "query IroLooksAtChild($id: ID!) { child(id: $id) { givenName currentPlacement { address { line1 } } } }": typeof types.IroLooksAtChildDocument,
    "query AuditChild($id: ID!) { child(id: $id) { givenName } }": typeof types.AuditChildDocument,
    "query CarePlanAccessPlan($id: ID!) { child(id: $id) {\n  carePlan { number permanencePlan parallelPlan actions { description owner } arrangements { dimension text } }\n  carePlanVersions { number }\n  carePlanVersion(number: 1) { permanencePlan actions { description } arrangements { text } }\n  carePlanFlags { code }\n} }": typeof types.CarePlanAccessPlanDocument,
    "mutation CarePlanAccessSave($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }": typeof types.CarePlanAccessSaveDocument,
    "query GatewayAuthMe { me { id } }": typeof types.GatewayAuthMeDocument,
    "query GatewayAuthMe2 { me { id } }": typeof types.GatewayAuthMe2Document,
    "query GatewayAuthQuery { me { ...A } } fragment A on Me { caseload { ...B } } fragment B on ChildPage { items { ...C } }\n      fragment C on Child { currentPlacement { ...D } } fragment D on Placement { carer { ...E } } fragment E on Person { id }": typeof types.GatewayAuthQueryDocument,
    "query GatewayAuth__schema { __schema { types { name } } }": typeof types.GatewayAuth__SchemaDocument,
    "query GatewayAuthMe4 { me { displayName } }": typeof types.GatewayAuthMe4Document,
    "query IroMessagesPrivacyMessages($id: ID!) { child(id: $id) { id iroMessages { id body replies { body } sharedForSafeguarding { reason by { displayName } } } iroMessageSummary { total unanswered } } }": typeof types.IroMessagesPrivacyMessagesDocument,
    "mutation IroMessagesPrivacySend($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }": typeof types.IroMessagesPrivacySendDocument,
    "mutation IroMessagesPrivacyReply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }": typeof types.IroMessagesPrivacyReplyDocument,
    "mutation IroMessagesPrivacyShare($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id sharedForSafeguarding { reason } } }": typeof types.IroMessagesPrivacyShareDocument,
    "query RecommendationAccessView($id: ID!) { child(id: $id) {\n  openRecommendationCount driftingRecommendationCount\n  recommendations { id text owner { display } history { outcome } drift { reason } }\n  reviews { recommendations { id text } outcomesRecorded { recommendationId reason } }\n} }": typeof types.RecommendationAccessViewDocument,
    "mutation RecommendationAccessAdd($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }": typeof types.RecommendationAccessAddDocument,
    "mutation RecommendationAccessOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }": typeof types.RecommendationAccessOutcomeDocument,
    "query RecommendationAccessChild($id: ID!) { child(id: $id) { reviews { id } } }": typeof types.RecommendationAccessChildDocument,
    "query RecommendationAccessChildren { children { items { recommendations { text } openRecommendationCount } } }": typeof types.RecommendationAccessChildrenDocument,
    "query RelationshipAccessChildWithAddress($id: ID!) { child(id: $id) { id givenName currentPlacement { placementType address { line1 postcode } } } }": typeof types.RelationshipAccessChildWithAddressDocument,
    "query RelationshipAccessChildren { children { items { id currentPlacement { placementType address { line1 line2 town postcode } } } } }": typeof types.RelationshipAccessChildrenDocument,
    "query RelationshipAccessChild($id: ID!) { child(id: $id) { ...Where } } fragment Where on Child { currentPlacement { ...Addr } } fragment Addr on Placement { address { line1 postcode } }": typeof types.RelationshipAccessChildDocument,
    "query RelationshipAccessC($id: ID!) { c: child(id: $id) { p: currentPlacement { home: address { street: line1 pc: postcode } } } }": typeof types.RelationshipAccessCDocument,
    "query RelationshipAccessChild2($id: ID!) { child(id: $id) { ... on Child { currentPlacement { ... on Placement { address { line1 } } } } } }": typeof types.RelationshipAccessChild2Document,
    "query RelationshipAccessMe { me { caseload { items { currentPlacement { address { line1 } } } } } }": typeof types.RelationshipAccessMeDocument,
    "query RelationshipAccessChild3($id: ID!) { child(id: $id) { currentPlacement { placementType address { line1 } carer { displayName } } } }": typeof types.RelationshipAccessChild3Document,
    "query RelationshipAccessChildren2 { children { totalCount items { id currentPlacement { address { line1 } } } } }": typeof types.RelationshipAccessChildren2Document,
    "query RelationshipAccessChildren3 { children { totalCount } }": typeof types.RelationshipAccessChildren3Document,
    "query RelationshipAccessChildren4 { children { totalCount } }": typeof types.RelationshipAccessChildren4Document,
    "mutation ReviewPrivacyViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role views } }": typeof types.ReviewPrivacyViewsDocument,
    "mutation ReviewPrivacyScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }": typeof types.ReviewPrivacyScheduleReviewDocument,
    "mutation ReviewPrivacyScheduleReview2($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }": typeof types.ReviewPrivacyScheduleReview2Document,
    "query ReviewPrivacyConsultation($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { consultation { role views from } } } }": typeof types.ReviewPrivacyConsultationDocument,
    "mutation ReviewPrivacyRecordReviewMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }": typeof types.ReviewPrivacyRecordReviewMeetingDocument,
    "query ReviewPrivacyChild($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary childPrivateWords decisions { text } consultation { views } } } }": typeof types.ReviewPrivacyChildDocument,
    "query ReviewPrivacyChild2($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary childPrivateWords decisions { text } consultation { views } } } }": typeof types.ReviewPrivacyChild2Document,
    "query ReviewPrivacyChild3($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { id status heldOn summary childPrivateWords participationCode attendees { name } decisions { text } invitations { name } consultation { role views } } } }": typeof types.ReviewPrivacyChild3Document,
    "query ReviewPrivacyChild4($id: ID!) { child(id: $id) { reviews { summary childPrivateWords decisions { text } consultation { views } } } }": typeof types.ReviewPrivacyChild4Document,
    "query ReviewPrivacyC($id: ID!, $r: ID!) { c: child(id: $id) { a: review(id: $r) { words: childPrivateWords s: summary v: consultation { x: views } } } }": typeof types.ReviewPrivacyCDocument,
    "query ReviewPrivacyChild5($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { ...R } } } fragment R on Review { childPrivateWords summary consultation { ...V } } fragment V on ReviewViews { views }": typeof types.ReviewPrivacyChild5Document,
    "query ReviewPrivacyChild6($id: ID!) { child(id: $id) { reviews { ... on Review { childPrivateWords consultation { ... on ReviewViews { views } } } } } }": typeof types.ReviewPrivacyChild6Document,
    "query ReviewPrivacyChildren { children { items { reviews { childPrivateWords summary consultation { views } } } } }": typeof types.ReviewPrivacyChildrenDocument,
    "query ReviewPrivacyChild7($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { status heldOn summary decisions { text } consultation { views } } } }": typeof types.ReviewPrivacyChild7Document,
    "query ReviewPrivacyQuery($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary invitations { name role } } } }": typeof types.ReviewPrivacyQueryDocument,
    "query ReviewPrivacyQuery2($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { id heldOn } } }": typeof types.ReviewPrivacyQuery2Document,
    "query ReviewPrivacyOutcome($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { outcome { publishedOn\n    childLetter { text decisions { text } } parentVersion { text decisions { text } } carerVersion { text decisions { text } } } } } }": typeof types.ReviewPrivacyOutcomeDocument,
    "mutation ReviewPrivacyPublish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }": typeof types.ReviewPrivacyPublishDocument,
    "query ReviewPrivacyChild8($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { decisions { id } } } }": typeof types.ReviewPrivacyChild8Document,
    "query ReviewPrivacyChild9($id: ID!) { child(id: $id) { reviews { outcome { childLetter { text } parentVersion { text } carerVersion { text } } childPrivateWords } } }": typeof types.ReviewPrivacyChild9Document,
};
const documents: Documents = {
    "query CarePlanningMutationsNext($id: ID!) { child(id: $id) { nextReview { dueBy latestWorkingDay status kind basis } reviews { heldOn } legalStatuses { code description endDate } periodsOfCare { startDate endDate } } }": types.CarePlanningMutationsNextDocument,
    "mutation CarePlanningMutationsReview($input: ReviewHeldInput!) { recordReviewHeld(input: $input) { heldOn } }": types.CarePlanningMutationsReviewDocument,
    "mutation CarePlanningMutationsLegal($input: LegalStatusInput!) { recordLegalStatus(input: $input) { code } }": types.CarePlanningMutationsLegalDocument,
    "mutation CarePlanningMutationsPeriod($input: PeriodOfCareInput!) { recordPeriodOfCare(input: $input) { startDate endDate } }": types.CarePlanningMutationsPeriodDocument,
    "mutation CarePlanningMutationsAllocateIro($input: AllocationInput!) { allocateIro(input: $input) { iro { id } } }": types.CarePlanningMutationsAllocateIroDocument,
    "query CarePlanningMutationsChild($id: ID!) { child(id: $id) { id } }": types.CarePlanningMutationsChildDocument,
    "query CarePlanningMutationsMe { me { caseload { totalCount } } }": types.CarePlanningMutationsMeDocument,
    "mutation CarePlanningMutationsAllocateIro2($input: AllocationInput!) { allocateIro(input: $input) { id } }": types.CarePlanningMutationsAllocateIro2Document,
    "query CarePlanningMutationsChild2($id: ID!) { child(id: $id) { id } }": types.CarePlanningMutationsChild2Document,
    "mutation CarePlansSave($input: CarePlanInput!) {\n  saveCarePlan(input: $input) { number savedBy { displayName } permanencePlan parallelPlan actions { description concerns owner dueDate } arrangements { dimension text } }\n}": types.CarePlansSaveDocument,
    "query CarePlansPlan($id: ID!, $n: Int!) { child(id: $id) {\n  carePlan { number permanencePlan parallelPlan actions { description concerns owner dueDate } arrangements { dimension text } savedBy { displayName } savedAt }\n  carePlanVersions { number savedBy { displayName } savedAt }\n  carePlanVersion(number: $n) { number permanencePlan actions { description } arrangements { dimension text } }\n} }": types.CarePlansPlanDocument,
    "query CarePlansFlags($id: ID!) { child(id: $id) { carePlanFlags { code message } } }": types.CarePlansFlagsDocument,
    "query CarePlansQuery { children(first: 100) { items { carePlanFlags { code } carePlan { number savedBy { displayName } } carePlanVersions { number } } } }": types.CarePlansQueryDocument,
    "mutation ChallengesRaise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id version level stageName stageOrdinal status responseDueBy responseDueBasis overdue } }": types.ChallengesRaiseDocument,
    "mutation ChallengesRespond($id: ID!, $response: String!, $on: String!) { recordChallengeResponse(challengeId: $id, response: $response, on: $on) { version respondedOn overdue } }": types.ChallengesRespondDocument,
    "mutation ChallengesEscalate($id: ID!, $v: Int!, $on: String!, $note: String) { escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { version level stageName stageOrdinal levelStartedOn responseDueBy responseDueBasis overdue } }": types.ChallengesEscalateDocument,
    "mutation ChallengesResolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) { resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { version status outcome closedOn } }": types.ChallengesResolveDocument,
    "mutation ChallengesRefer($id: ID!, $v: Int!, $reason: String!, $on: String!) { referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { version status outcome } }": types.ChallengesReferDocument,
    "query ChallengesChild($id: ID!) { child(id: $id) { openChallengeCount overdueChallengeResponseCount challenges { id concern level stageName status overdue responseDueBy history { version action stageName happenedOn note by { displayName } } } } }": types.ChallengesChildDocument,
    "query ChallengesChallengeStages { challengeStages { ordinal name workingDays } }": types.ChallengesChallengeStagesDocument,
    "query ChallengesChallengeStages2 { challengeStages { ordinal name workingDays } }": types.ChallengesChallengeStages2Document,
    "mutation IroMessagesSend($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id sender body sentAt replyTo } }": types.IroMessagesSendDocument,
    "mutation IroMessagesReply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id sender body replyTo } }": types.IroMessagesReplyDocument,
    "mutation IroMessagesEnable($childId: ID!) { enableIroChannel(childId: $childId) { id iroChannel { open reason } } }": types.IroMessagesEnableDocument,
    "query IroMessagesPage($id: ID!) { child(id: $id) {\n  iro { displayName }\n  iroChannel { open reason }\n  iroMessageSummary { total unanswered }\n  iroMessages { id sender body sentAt replies { sender body replyTo } sharedForSafeguarding { reason } }\n} }": types.IroMessagesPageDocument,
    "query OversightOversight {\n  oversight {\n    localAuthority { name }\n    caseloadGuidance\n    unallocatedChildren\n    totals { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTime reviewsOnTimePercent }\n    iros { iro { displayName } band counts { children overdueReviews reviewsOnTimePercent } }\n  }\n}": types.OversightOversightDocument,
    "query OversightWork {\n  oversight {\n    totals { overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses }\n    iros { iro { displayName } counts { overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses } }\n    openChallengesByStage { stage open overdue }\n  }\n}": types.OversightWorkDocument,
    "mutation OversightAddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }": types.OversightAddRecommendationDocument,
    "mutation OversightRaiseChallenge($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }": types.OversightRaiseChallengeDocument,
    "mutation OversightRaiseChallenge2($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }": types.OversightRaiseChallenge2Document,
    "mutation PlacementsMutationsStart($input: StartPlacementInput!) { startPlacement(input: $input) { id placementType startDate address { line1 } } }": types.PlacementsMutationsStartDocument,
    "mutation PlacementsMutationsEnd($input: EndPlacementInput!) { endPlacement(input: $input) { endDate } }": types.PlacementsMutationsEndDocument,
    "query PlacementsMutationsChildren { children { totalCount } }": types.PlacementsMutationsChildrenDocument,
    "mutation RecommendationsAdd($input: AddRecommendationInput!) { addRecommendation(input: $input) { id version status dueDate } }": types.RecommendationsAddDocument,
    "mutation RecommendationsOutcome($input: RecordRecommendationOutcomeInput!) {\n  recordRecommendationOutcome(input: $input) { id version status dueDate originalDueDate }\n}": types.RecommendationsOutcomeDocument,
    "query RecommendationsRecs($id: ID!) { child(id: $id) {\n  openRecommendationCount driftingRecommendationCount\n  recommendations { id text status dueDate originalDueDate dueDateBasis monitoring version madeOn madeAt { id heldOn }\n    owner { display role person { id displayName } }\n    history { outcome reason newDueDate progress heldOn reviewId recordedBy { displayName } }\n    drift { reason explanation } }\n  reviews { heldOn recommendations { id } outcomesRecorded { recommendationId outcome } }\n} }": types.RecommendationsRecsDocument,
    "query RecommendationsChild($id: ID!) { child(id: $id) { reviews { id heldOn } } }": types.RecommendationsChildDocument,
    "query RecommendationsChild2($id: ID!) { child(id: $id) { recommendations(status: ACHIEVED) { id } } }": types.RecommendationsChild2Document,
    "mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id status kind reason plannedFor version\n  invitations { name role hasAccount viewsSent } } }": types.ReviewMeetingsScheduleDocument,
    "mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id status heldOn version kind reason\n  participationCode participationDescription summary decisions { id text } attendees { name role }\n  recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } } } }": types.ReviewMeetingsMeetingDocument,
    "query ReviewMeetingsChild($id: ID!) { child(id: $id) { nextReview { dueBy kind basis } reviews { id heldOn kind } overdueReviewRecords\n  upcomingReview { id status plannedFor version invitations { name role hasAccount } } } }": types.ReviewMeetingsChildDocument,
    "mutation ReviewMeetingsRecordConversationWithChild($id: ID!) { recordConversationWithChild(reviewId: $id, on: \"2027-01-05\") { version } }": types.ReviewMeetingsRecordConversationWithChildDocument,
    "mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) { markDecisionsIssued(reviewId: $id, on: \"2027-01-05\") { recordTimescales { decisions { status completedOn } } } }": types.ReviewMeetingsMarkDecisionsIssuedDocument,
    "mutation ReviewMeetingsCompleteReviewRecord($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2027-01-06\") { recordTimescales { fullRecord { status } } } }": types.ReviewMeetingsCompleteReviewRecordDocument,
    "mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) { completeReviewRecord(reviewId: $id, on: \"2026-11-30\") { id } }": types.ReviewMeetingsCompleteReviewRecord2Document,
    "query ReviewMeetingsCaseload { me { caseload(first: 100) { items { overdueReviewRecords nextReview { dueBy }\n    upcomingReview { plannedFor invitations { name viewsSent } } reviews { heldOn recordTimescales { decisions { status } } } } } } }": types.ReviewMeetingsCaseloadDocument,
    "query CaseloadStatementsCaseload {\n  me {\n    displayName\n    caseload(first: 100) {\n      totalCount\n      items {\n        id givenName familyName dateOfBirth relationship\n        localAuthority { name }\n        iro { displayName } socialWorker { displayName }\n        periodsOfCare { startDate } legalStatuses { code description }\n        reviews { heldOn }\n        nextReview { dueBy latestWorkingDay status kind basis }\n        currentPlacement { placementType placementTypeDescription startDate carer { displayName } address { line1 postcode } }\n        carePlanFlags { code message }\n        openRecommendationCount driftingRecommendationCount\n        overdueReviewRecords upcomingReview { plannedFor }\n        openChallengeCount overdueChallengeResponseCount\n      }\n    }\n  }\n}": types.CaseloadStatementsCaseloadDocument,
    "query RecommendationStatementsCaseload {\n  me {\n    caseload(first: 100) {\n      totalCount\n      items {\n        id givenName familyName\n        reviews { heldOn }\n        nextReview { dueBy status }\n        openRecommendationCount\n        driftingRecommendationCount\n      }\n    }\n  }\n}": types.RecommendationStatementsCaseloadDocument,
    "mutation RecommendationStatementsAddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }": types.RecommendationStatementsAddRecommendationDocument,
    "mutation RecommendationStatementsRecordRecommendationOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }": types.RecommendationStatementsRecordRecommendationOutcomeDocument,
    "query VoiceCaseloadStatementsCaseload {\n  me { caseload(first: 100) { totalCount items {\n    id openChallengeCount overdueChallengeResponseCount iroMessageSummary { total unanswered }\n  } } }\n}": types.VoiceCaseloadStatementsCaseloadDocument,
    "query IroLooksAtChild($id: ID!) { child(id: $id) { givenName currentPlacement { address { line1 } } } }": types.IroLooksAtChildDocument,
    "query AuditChild($id: ID!) { child(id: $id) { givenName } }": types.AuditChildDocument,
    "query CarePlanAccessPlan($id: ID!) { child(id: $id) {\n  carePlan { number permanencePlan parallelPlan actions { description owner } arrangements { dimension text } }\n  carePlanVersions { number }\n  carePlanVersion(number: 1) { permanencePlan actions { description } arrangements { text } }\n  carePlanFlags { code }\n} }": types.CarePlanAccessPlanDocument,
    "mutation CarePlanAccessSave($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }": types.CarePlanAccessSaveDocument,
    "query GatewayAuthMe { me { id } }": types.GatewayAuthMeDocument,
    "query GatewayAuthMe2 { me { id } }": types.GatewayAuthMe2Document,
    "query GatewayAuthQuery { me { ...A } } fragment A on Me { caseload { ...B } } fragment B on ChildPage { items { ...C } }\n      fragment C on Child { currentPlacement { ...D } } fragment D on Placement { carer { ...E } } fragment E on Person { id }": types.GatewayAuthQueryDocument,
    "query GatewayAuth__schema { __schema { types { name } } }": types.GatewayAuth__SchemaDocument,
    "query GatewayAuthMe4 { me { displayName } }": types.GatewayAuthMe4Document,
    "query IroMessagesPrivacyMessages($id: ID!) { child(id: $id) { id iroMessages { id body replies { body } sharedForSafeguarding { reason by { displayName } } } iroMessageSummary { total unanswered } } }": types.IroMessagesPrivacyMessagesDocument,
    "mutation IroMessagesPrivacySend($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }": types.IroMessagesPrivacySendDocument,
    "mutation IroMessagesPrivacyReply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }": types.IroMessagesPrivacyReplyDocument,
    "mutation IroMessagesPrivacyShare($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id sharedForSafeguarding { reason } } }": types.IroMessagesPrivacyShareDocument,
    "query RecommendationAccessView($id: ID!) { child(id: $id) {\n  openRecommendationCount driftingRecommendationCount\n  recommendations { id text owner { display } history { outcome } drift { reason } }\n  reviews { recommendations { id text } outcomesRecorded { recommendationId reason } }\n} }": types.RecommendationAccessViewDocument,
    "mutation RecommendationAccessAdd($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }": types.RecommendationAccessAddDocument,
    "mutation RecommendationAccessOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }": types.RecommendationAccessOutcomeDocument,
    "query RecommendationAccessChild($id: ID!) { child(id: $id) { reviews { id } } }": types.RecommendationAccessChildDocument,
    "query RecommendationAccessChildren { children { items { recommendations { text } openRecommendationCount } } }": types.RecommendationAccessChildrenDocument,
    "query RelationshipAccessChildWithAddress($id: ID!) { child(id: $id) { id givenName currentPlacement { placementType address { line1 postcode } } } }": types.RelationshipAccessChildWithAddressDocument,
    "query RelationshipAccessChildren { children { items { id currentPlacement { placementType address { line1 line2 town postcode } } } } }": types.RelationshipAccessChildrenDocument,
    "query RelationshipAccessChild($id: ID!) { child(id: $id) { ...Where } } fragment Where on Child { currentPlacement { ...Addr } } fragment Addr on Placement { address { line1 postcode } }": types.RelationshipAccessChildDocument,
    "query RelationshipAccessC($id: ID!) { c: child(id: $id) { p: currentPlacement { home: address { street: line1 pc: postcode } } } }": types.RelationshipAccessCDocument,
    "query RelationshipAccessChild2($id: ID!) { child(id: $id) { ... on Child { currentPlacement { ... on Placement { address { line1 } } } } } }": types.RelationshipAccessChild2Document,
    "query RelationshipAccessMe { me { caseload { items { currentPlacement { address { line1 } } } } } }": types.RelationshipAccessMeDocument,
    "query RelationshipAccessChild3($id: ID!) { child(id: $id) { currentPlacement { placementType address { line1 } carer { displayName } } } }": types.RelationshipAccessChild3Document,
    "query RelationshipAccessChildren2 { children { totalCount items { id currentPlacement { address { line1 } } } } }": types.RelationshipAccessChildren2Document,
    "query RelationshipAccessChildren3 { children { totalCount } }": types.RelationshipAccessChildren3Document,
    "query RelationshipAccessChildren4 { children { totalCount } }": types.RelationshipAccessChildren4Document,
    "mutation ReviewPrivacyViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role views } }": types.ReviewPrivacyViewsDocument,
    "mutation ReviewPrivacyScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }": types.ReviewPrivacyScheduleReviewDocument,
    "mutation ReviewPrivacyScheduleReview2($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }": types.ReviewPrivacyScheduleReview2Document,
    "query ReviewPrivacyConsultation($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { consultation { role views from } } } }": types.ReviewPrivacyConsultationDocument,
    "mutation ReviewPrivacyRecordReviewMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }": types.ReviewPrivacyRecordReviewMeetingDocument,
    "query ReviewPrivacyChild($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary childPrivateWords decisions { text } consultation { views } } } }": types.ReviewPrivacyChildDocument,
    "query ReviewPrivacyChild2($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary childPrivateWords decisions { text } consultation { views } } } }": types.ReviewPrivacyChild2Document,
    "query ReviewPrivacyChild3($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { id status heldOn summary childPrivateWords participationCode attendees { name } decisions { text } invitations { name } consultation { role views } } } }": types.ReviewPrivacyChild3Document,
    "query ReviewPrivacyChild4($id: ID!) { child(id: $id) { reviews { summary childPrivateWords decisions { text } consultation { views } } } }": types.ReviewPrivacyChild4Document,
    "query ReviewPrivacyC($id: ID!, $r: ID!) { c: child(id: $id) { a: review(id: $r) { words: childPrivateWords s: summary v: consultation { x: views } } } }": types.ReviewPrivacyCDocument,
    "query ReviewPrivacyChild5($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { ...R } } } fragment R on Review { childPrivateWords summary consultation { ...V } } fragment V on ReviewViews { views }": types.ReviewPrivacyChild5Document,
    "query ReviewPrivacyChild6($id: ID!) { child(id: $id) { reviews { ... on Review { childPrivateWords consultation { ... on ReviewViews { views } } } } } }": types.ReviewPrivacyChild6Document,
    "query ReviewPrivacyChildren { children { items { reviews { childPrivateWords summary consultation { views } } } } }": types.ReviewPrivacyChildrenDocument,
    "query ReviewPrivacyChild7($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { status heldOn summary decisions { text } consultation { views } } } }": types.ReviewPrivacyChild7Document,
    "query ReviewPrivacyQuery($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary invitations { name role } } } }": types.ReviewPrivacyQueryDocument,
    "query ReviewPrivacyQuery2($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { id heldOn } } }": types.ReviewPrivacyQuery2Document,
    "query ReviewPrivacyOutcome($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { outcome { publishedOn\n    childLetter { text decisions { text } } parentVersion { text decisions { text } } carerVersion { text decisions { text } } } } } }": types.ReviewPrivacyOutcomeDocument,
    "mutation ReviewPrivacyPublish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }": types.ReviewPrivacyPublishDocument,
    "query ReviewPrivacyChild8($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { decisions { id } } } }": types.ReviewPrivacyChild8Document,
    "query ReviewPrivacyChild9($id: ID!) { child(id: $id) { reviews { outcome { childLetter { text } parentVersion { text } carerVersion { text } } childPrivateWords } } }": types.ReviewPrivacyChild9Document,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlanningMutationsNext($id: ID!) { child(id: $id) { nextReview { dueBy latestWorkingDay status kind basis } reviews { heldOn } legalStatuses { code description endDate } periodsOfCare { startDate endDate } } }"): typeof import('./graphql').CarePlanningMutationsNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlanningMutationsReview($input: ReviewHeldInput!) { recordReviewHeld(input: $input) { heldOn } }"): typeof import('./graphql').CarePlanningMutationsReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlanningMutationsLegal($input: LegalStatusInput!) { recordLegalStatus(input: $input) { code } }"): typeof import('./graphql').CarePlanningMutationsLegalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlanningMutationsPeriod($input: PeriodOfCareInput!) { recordPeriodOfCare(input: $input) { startDate endDate } }"): typeof import('./graphql').CarePlanningMutationsPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlanningMutationsAllocateIro($input: AllocationInput!) { allocateIro(input: $input) { iro { id } } }"): typeof import('./graphql').CarePlanningMutationsAllocateIroDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlanningMutationsChild($id: ID!) { child(id: $id) { id } }"): typeof import('./graphql').CarePlanningMutationsChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlanningMutationsMe { me { caseload { totalCount } } }"): typeof import('./graphql').CarePlanningMutationsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlanningMutationsAllocateIro2($input: AllocationInput!) { allocateIro(input: $input) { id } }"): typeof import('./graphql').CarePlanningMutationsAllocateIro2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlanningMutationsChild2($id: ID!) { child(id: $id) { id } }"): typeof import('./graphql').CarePlanningMutationsChild2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlansSave($input: CarePlanInput!) {\n  saveCarePlan(input: $input) { number savedBy { displayName } permanencePlan parallelPlan actions { description concerns owner dueDate } arrangements { dimension text } }\n}"): typeof import('./graphql').CarePlansSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlansPlan($id: ID!, $n: Int!) { child(id: $id) {\n  carePlan { number permanencePlan parallelPlan actions { description concerns owner dueDate } arrangements { dimension text } savedBy { displayName } savedAt }\n  carePlanVersions { number savedBy { displayName } savedAt }\n  carePlanVersion(number: $n) { number permanencePlan actions { description } arrangements { dimension text } }\n} }"): typeof import('./graphql').CarePlansPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlansFlags($id: ID!) { child(id: $id) { carePlanFlags { code message } } }"): typeof import('./graphql').CarePlansFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlansQuery { children(first: 100) { items { carePlanFlags { code } carePlan { number savedBy { displayName } } carePlanVersions { number } } } }"): typeof import('./graphql').CarePlansQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChallengesRaise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id version level stageName stageOrdinal status responseDueBy responseDueBasis overdue } }"): typeof import('./graphql').ChallengesRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChallengesRespond($id: ID!, $response: String!, $on: String!) { recordChallengeResponse(challengeId: $id, response: $response, on: $on) { version respondedOn overdue } }"): typeof import('./graphql').ChallengesRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChallengesEscalate($id: ID!, $v: Int!, $on: String!, $note: String) { escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) { version level stageName stageOrdinal levelStartedOn responseDueBy responseDueBasis overdue } }"): typeof import('./graphql').ChallengesEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChallengesResolve($id: ID!, $v: Int!, $outcome: String!, $on: String!) { resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) { version status outcome closedOn } }"): typeof import('./graphql').ChallengesResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChallengesRefer($id: ID!, $v: Int!, $reason: String!, $on: String!) { referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) { version status outcome } }"): typeof import('./graphql').ChallengesReferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChallengesChild($id: ID!) { child(id: $id) { openChallengeCount overdueChallengeResponseCount challenges { id concern level stageName status overdue responseDueBy history { version action stageName happenedOn note by { displayName } } } } }"): typeof import('./graphql').ChallengesChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChallengesChallengeStages { challengeStages { ordinal name workingDays } }"): typeof import('./graphql').ChallengesChallengeStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChallengesChallengeStages2 { challengeStages { ordinal name workingDays } }"): typeof import('./graphql').ChallengesChallengeStages2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IroMessagesSend($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id sender body sentAt replyTo } }"): typeof import('./graphql').IroMessagesSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IroMessagesReply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id sender body replyTo } }"): typeof import('./graphql').IroMessagesReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IroMessagesEnable($childId: ID!) { enableIroChannel(childId: $childId) { id iroChannel { open reason } } }"): typeof import('./graphql').IroMessagesEnableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IroMessagesPage($id: ID!) { child(id: $id) {\n  iro { displayName }\n  iroChannel { open reason }\n  iroMessageSummary { total unanswered }\n  iroMessages { id sender body sentAt replies { sender body replyTo } sharedForSafeguarding { reason } }\n} }"): typeof import('./graphql').IroMessagesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OversightOversight {\n  oversight {\n    localAuthority { name }\n    caseloadGuidance\n    unallocatedChildren\n    totals { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTime reviewsOnTimePercent }\n    iros { iro { displayName } band counts { children overdueReviews reviewsOnTimePercent } }\n  }\n}"): typeof import('./graphql').OversightOversightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OversightWork {\n  oversight {\n    totals { overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses }\n    iros { iro { displayName } counts { overdueReviewRecords driftingRecommendations openChallenges overdueChallengeResponses } }\n    openChallengesByStage { stage open overdue }\n  }\n}"): typeof import('./graphql').OversightWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OversightAddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }"): typeof import('./graphql').OversightAddRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OversightRaiseChallenge($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }"): typeof import('./graphql').OversightRaiseChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OversightRaiseChallenge2($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }"): typeof import('./graphql').OversightRaiseChallenge2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsMutationsStart($input: StartPlacementInput!) { startPlacement(input: $input) { id placementType startDate address { line1 } } }"): typeof import('./graphql').PlacementsMutationsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsMutationsEnd($input: EndPlacementInput!) { endPlacement(input: $input) { endDate } }"): typeof import('./graphql').PlacementsMutationsEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementsMutationsChildren { children { totalCount } }"): typeof import('./graphql').PlacementsMutationsChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendationsAdd($input: AddRecommendationInput!) { addRecommendation(input: $input) { id version status dueDate } }"): typeof import('./graphql').RecommendationsAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendationsOutcome($input: RecordRecommendationOutcomeInput!) {\n  recordRecommendationOutcome(input: $input) { id version status dueDate originalDueDate }\n}"): typeof import('./graphql').RecommendationsOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsRecs($id: ID!) { child(id: $id) {\n  openRecommendationCount driftingRecommendationCount\n  recommendations { id text status dueDate originalDueDate dueDateBasis monitoring version madeOn madeAt { id heldOn }\n    owner { display role person { id displayName } }\n    history { outcome reason newDueDate progress heldOn reviewId recordedBy { displayName } }\n    drift { reason explanation } }\n  reviews { heldOn recommendations { id } outcomesRecorded { recommendationId outcome } }\n} }"): typeof import('./graphql').RecommendationsRecsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsChild($id: ID!) { child(id: $id) { reviews { id heldOn } } }"): typeof import('./graphql').RecommendationsChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsChild2($id: ID!) { child(id: $id) { recommendations(status: ACHIEVED) { id } } }"): typeof import('./graphql').RecommendationsChild2Document;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseloadStatementsCaseload {\n  me {\n    displayName\n    caseload(first: 100) {\n      totalCount\n      items {\n        id givenName familyName dateOfBirth relationship\n        localAuthority { name }\n        iro { displayName } socialWorker { displayName }\n        periodsOfCare { startDate } legalStatuses { code description }\n        reviews { heldOn }\n        nextReview { dueBy latestWorkingDay status kind basis }\n        currentPlacement { placementType placementTypeDescription startDate carer { displayName } address { line1 postcode } }\n        carePlanFlags { code message }\n        openRecommendationCount driftingRecommendationCount\n        overdueReviewRecords upcomingReview { plannedFor }\n        openChallengeCount overdueChallengeResponseCount\n      }\n    }\n  }\n}"): typeof import('./graphql').CaseloadStatementsCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationStatementsCaseload {\n  me {\n    caseload(first: 100) {\n      totalCount\n      items {\n        id givenName familyName\n        reviews { heldOn }\n        nextReview { dueBy status }\n        openRecommendationCount\n        driftingRecommendationCount\n      }\n    }\n  }\n}"): typeof import('./graphql').RecommendationStatementsCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendationStatementsAddRecommendation($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }"): typeof import('./graphql').RecommendationStatementsAddRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendationStatementsRecordRecommendationOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }"): typeof import('./graphql').RecommendationStatementsRecordRecommendationOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VoiceCaseloadStatementsCaseload {\n  me { caseload(first: 100) { totalCount items {\n    id openChallengeCount overdueChallengeResponseCount iroMessageSummary { total unanswered }\n  } } }\n}"): typeof import('./graphql').VoiceCaseloadStatementsCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IroLooksAtChild($id: ID!) { child(id: $id) { givenName currentPlacement { address { line1 } } } }"): typeof import('./graphql').IroLooksAtChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditChild($id: ID!) { child(id: $id) { givenName } }"): typeof import('./graphql').AuditChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePlanAccessPlan($id: ID!) { child(id: $id) {\n  carePlan { number permanencePlan parallelPlan actions { description owner } arrangements { dimension text } }\n  carePlanVersions { number }\n  carePlanVersion(number: 1) { permanencePlan actions { description } arrangements { text } }\n  carePlanFlags { code }\n} }"): typeof import('./graphql').CarePlanAccessPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePlanAccessSave($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }"): typeof import('./graphql').CarePlanAccessSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayAuthMe { me { id } }"): typeof import('./graphql').GatewayAuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayAuthMe2 { me { id } }"): typeof import('./graphql').GatewayAuthMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayAuthQuery { me { ...A } } fragment A on Me { caseload { ...B } } fragment B on ChildPage { items { ...C } }\n      fragment C on Child { currentPlacement { ...D } } fragment D on Placement { carer { ...E } } fragment E on Person { id }"): typeof import('./graphql').GatewayAuthQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayAuth__schema { __schema { types { name } } }"): typeof import('./graphql').GatewayAuth__SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayAuthMe4 { me { displayName } }"): typeof import('./graphql').GatewayAuthMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IroMessagesPrivacyMessages($id: ID!) { child(id: $id) { id iroMessages { id body replies { body } sharedForSafeguarding { reason by { displayName } } } iroMessageSummary { total unanswered } } }"): typeof import('./graphql').IroMessagesPrivacyMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IroMessagesPrivacySend($childId: ID!, $body: String!) { sendMessageToIro(childId: $childId, body: $body) { id } }"): typeof import('./graphql').IroMessagesPrivacySendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IroMessagesPrivacyReply($messageId: ID!, $body: String!) { replyToChild(messageId: $messageId, body: $body) { id } }"): typeof import('./graphql').IroMessagesPrivacyReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IroMessagesPrivacyShare($messageId: ID!, $reason: String!) { shareMessageForSafeguarding(messageId: $messageId, reason: $reason) { id sharedForSafeguarding { reason } } }"): typeof import('./graphql').IroMessagesPrivacyShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationAccessView($id: ID!) { child(id: $id) {\n  openRecommendationCount driftingRecommendationCount\n  recommendations { id text owner { display } history { outcome } drift { reason } }\n  reviews { recommendations { id text } outcomesRecorded { recommendationId reason } }\n} }"): typeof import('./graphql').RecommendationAccessViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendationAccessAdd($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }"): typeof import('./graphql').RecommendationAccessAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecommendationAccessOutcome($input: RecordRecommendationOutcomeInput!) { recordRecommendationOutcome(input: $input) { id } }"): typeof import('./graphql').RecommendationAccessOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationAccessChild($id: ID!) { child(id: $id) { reviews { id } } }"): typeof import('./graphql').RecommendationAccessChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationAccessChildren { children { items { recommendations { text } openRecommendationCount } } }"): typeof import('./graphql').RecommendationAccessChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChildWithAddress($id: ID!) { child(id: $id) { id givenName currentPlacement { placementType address { line1 postcode } } } }"): typeof import('./graphql').RelationshipAccessChildWithAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChildren { children { items { id currentPlacement { placementType address { line1 line2 town postcode } } } } }"): typeof import('./graphql').RelationshipAccessChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChild($id: ID!) { child(id: $id) { ...Where } } fragment Where on Child { currentPlacement { ...Addr } } fragment Addr on Placement { address { line1 postcode } }"): typeof import('./graphql').RelationshipAccessChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessC($id: ID!) { c: child(id: $id) { p: currentPlacement { home: address { street: line1 pc: postcode } } } }"): typeof import('./graphql').RelationshipAccessCDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChild2($id: ID!) { child(id: $id) { ... on Child { currentPlacement { ... on Placement { address { line1 } } } } } }"): typeof import('./graphql').RelationshipAccessChild2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessMe { me { caseload { items { currentPlacement { address { line1 } } } } } }"): typeof import('./graphql').RelationshipAccessMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChild3($id: ID!) { child(id: $id) { currentPlacement { placementType address { line1 } carer { displayName } } } }"): typeof import('./graphql').RelationshipAccessChild3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChildren2 { children { totalCount items { id currentPlacement { address { line1 } } } } }"): typeof import('./graphql').RelationshipAccessChildren2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChildren3 { children { totalCount } }"): typeof import('./graphql').RelationshipAccessChildren3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipAccessChildren4 { children { totalCount } }"): typeof import('./graphql').RelationshipAccessChildren4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewPrivacyViews($input: ReviewViewsInput!) { submitReviewViews(input: $input) { role views } }"): typeof import('./graphql').ReviewPrivacyViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewPrivacyScheduleReview($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }"): typeof import('./graphql').ReviewPrivacyScheduleReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewPrivacyScheduleReview2($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }"): typeof import('./graphql').ReviewPrivacyScheduleReview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyConsultation($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { consultation { role views from } } } }"): typeof import('./graphql').ReviewPrivacyConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewPrivacyRecordReviewMeeting($input: ReviewMeetingInput!) { recordReviewMeeting(input: $input) { id } }"): typeof import('./graphql').ReviewPrivacyRecordReviewMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary childPrivateWords decisions { text } consultation { views } } } }"): typeof import('./graphql').ReviewPrivacyChildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild2($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary childPrivateWords decisions { text } consultation { views } } } }"): typeof import('./graphql').ReviewPrivacyChild2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild3($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { id status heldOn summary childPrivateWords participationCode attendees { name } decisions { text } invitations { name } consultation { role views } } } }"): typeof import('./graphql').ReviewPrivacyChild3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild4($id: ID!) { child(id: $id) { reviews { summary childPrivateWords decisions { text } consultation { views } } } }"): typeof import('./graphql').ReviewPrivacyChild4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyC($id: ID!, $r: ID!) { c: child(id: $id) { a: review(id: $r) { words: childPrivateWords s: summary v: consultation { x: views } } } }"): typeof import('./graphql').ReviewPrivacyCDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild5($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { ...R } } } fragment R on Review { childPrivateWords summary consultation { ...V } } fragment V on ReviewViews { views }"): typeof import('./graphql').ReviewPrivacyChild5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild6($id: ID!) { child(id: $id) { reviews { ... on Review { childPrivateWords consultation { ... on ReviewViews { views } } } } } }"): typeof import('./graphql').ReviewPrivacyChild6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChildren { children { items { reviews { childPrivateWords summary consultation { views } } } } }"): typeof import('./graphql').ReviewPrivacyChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild7($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { status heldOn summary decisions { text } consultation { views } } } }"): typeof import('./graphql').ReviewPrivacyChild7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyQuery($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { summary invitations { name role } } } }"): typeof import('./graphql').ReviewPrivacyQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyQuery2($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { id heldOn } } }"): typeof import('./graphql').ReviewPrivacyQuery2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyOutcome($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { outcome { publishedOn\n    childLetter { text decisions { text } } parentVersion { text decisions { text } } carerVersion { text decisions { text } } } } } }"): typeof import('./graphql').ReviewPrivacyOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewPrivacyPublish($input: PublishReviewOutcomeInput!) { publishReviewOutcome(input: $input) { id } }"): typeof import('./graphql').ReviewPrivacyPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild8($id: ID!, $r: ID!) { child(id: $id) { review(id: $r) { decisions { id } } } }"): typeof import('./graphql').ReviewPrivacyChild8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewPrivacyChild9($id: ID!) { child(id: $id) { reviews { outcome { childLetter { text } parentVersion { text } carerVersion { text } } childPrivateWords } } }"): typeof import('./graphql').ReviewPrivacyChild9Document;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
