import { graphql } from './graphql/generated';

/**
 * What the functions of viewer.ts read: the graph's answer to what the signed-in person may see and do for this
 * child, computed from the one access policy. Every query whose page calls them spreads `...Viewer`. Kept in a
 * `.server.ts` module so that the document is not shipped to the browser with viewer.ts.
 */
export const Viewer = graphql(`
  fragment Viewer on Child {
    viewerCan {
      see {
        carePlanArrangements
        reviewRecommendations
        reviewRecord
        childIroMessages
        iroChallenge
        contactSessions
        iroContact
        delegatedAuthority
        delegatedAuthorityHistory
      }
      do {
        saveCarePlan
        scheduleReview
        recordReviewMeeting
        publishReviewOutcome
        recordReviewTimescales
        recordConversationWithChild
        addRecommendation
        recordRecommendationOutcome
        submitReviewViews
        sendMessageToIro
        markMessagesRead
        raiseIroChallenge
        recordChallengeResponse
        escalateIroChallenge
        resolveIroChallenge
        referChallengeToCafcass
        saveDelegatedAuthority
        requestDelegatedAuthorityChange
        decideDelegatedAuthorityRequest
        confirmDelegatedAuthority
      }
      audience
    }
  }
`);
