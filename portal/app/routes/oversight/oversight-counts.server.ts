import { graphql } from '../../graphql/generated';

// The figures the oversight page shows for the whole authority and for each IRO. Defined in a server module: a bare
// fragment definition in the route module would keep every generated document in the browser's bundle.
export const OversightCountsFields = graphql(`
  fragment OversightCountsFields on OversightCounts {
    children
    overdueReviews
    dueSoonReviews
    reviewsHeldLast12Months
    reviewsOnTimePercent
    overdueReviewRecords
    driftingRecommendations
    openChallenges
    overdueChallengeResponses
  }
`);
