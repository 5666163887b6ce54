import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from '@lac/subgraph-kit';
import { Allocation } from './allocations/allocation.entity';
import { CarePlanMutations } from './care-plans/care-plan.mutations';
import { CarePlanChildResolver } from './care-plans/care-plan.resolver';
import { Child } from './children/child.entity';
import { ChildResolver, resolveChildReference } from './children/child.resolver';
import { LocalAuthority } from './children/local-authority.entity';
import { CarePlanningMutations } from './children/mutations.resolver';
import { ParentRecord } from './children/parent.entity';
import { LegalStatus } from './legal-status/legal-status.entity';
import { LegalStatusResolver } from './legal-status/legal-status.resolver';
import { MeResolver } from './me/me.resolver';
import { OversightResolver } from './oversight/oversight.resolver';
import { CarePlanningCore1795000001000 } from './migrations/1795000001000-CarePlanningCore';
import { CarePlans1795000001100 } from './migrations/1795000001100-CarePlans';
import { PeriodOfCare } from './periods/period-of-care.entity';
import { Recommendations1795000001300 } from './migrations/1795000001300-Recommendations';
import { ChildRecommendationsResolver } from './recommendations/child-recommendations.resolver';
import { RecommendationMutations } from './recommendations/mutations.resolver';
import { RecommendationOutcome } from './recommendations/recommendation-outcome.entity';
import { Recommendation } from './recommendations/recommendation.entity';
import { RecommendationOutcomeResolver, RecommendationResolver } from './recommendations/recommendation.resolver';
import { ReviewRecommendationsResolver } from './recommendations/review-recommendations.resolver';
import { ReviewMeetings1795000001200 } from './migrations/1795000001200-ReviewMeetings';
import { ChildReviewsResolver } from './reviews/child-reviews.resolver';
import { ReviewOutcomeResolver } from './reviews/outcome.resolver';
import { ReviewDecision } from './reviews/review-decision.entity';
import { ReviewPublication } from './reviews/review-publication.entity';
import { ReviewInvitation } from './reviews/review-invitation.entity';
import { ReviewMutations } from './reviews/review-mutations.resolver';
import { ReviewViews } from './reviews/review-views.entity';
import { ReviewInvitationResolver, ReviewResolver, ReviewViewsResolver } from './reviews/review.resolver';
import { Review } from './reviews/review.entity';
import { LocalAuthoritySettingsRow } from './settings/local-authority-settings.entity';
import { VoiceAndChallenges1795000001400 } from './migrations/1795000001400-VoiceAndChallenges';
import { ChildMessagesResolver } from './messages/child-messages.resolver';
import { IroChannelOpening, IroMessage, IroMessageShare } from './messages/iro-message.entity';
import { IroMessageResolver } from './messages/iro-message.resolver';
import { IroMessageMutations } from './messages/mutations.resolver';
import { Challenge, ChallengeHistoryEntry, ChallengeStageRow } from './challenges/challenge.entity';
import { ChallengeHistoryResolver, ChallengeResolver } from './challenges/challenge.resolver';
import { ChallengeStagesQuery, ChildChallengesResolver } from './challenges/child-challenges.resolver';
import { ChallengeMutations } from './challenges/mutations.resolver';

export const SUBGRAPH_NAME = 'care-planning';
export const DEFAULT_PORT = 4001;

export const definition = {
  name: SUBGRAPH_NAME,
  schema: 'care_planning',
  entities: [
    LocalAuthority,
    Child,
    PeriodOfCare,
    LegalStatus,
    Allocation,
    ParentRecord,
    Review,
    ReviewDecision,
    ReviewInvitation,
    ReviewViews,
    ReviewPublication,
    LocalAuthoritySettingsRow,
    Recommendation,
    RecommendationOutcome,
    IroMessage,
    IroMessageShare,
    IroChannelOpening,
    Challenge,
    ChallengeHistoryEntry,
    ChallengeStageRow,
  ],
  migrations: [
    CarePlanningCore1795000001000,
    CarePlans1795000001100,
    ReviewMeetings1795000001200,
    Recommendations1795000001300,
    VoiceAndChallenges1795000001400,
  ],
  resolvers: [
    ChildResolver,
    MeResolver,
    LegalStatusResolver,
    CarePlanningMutations,
    OversightResolver,
    CarePlanChildResolver,
    CarePlanMutations,
    ChildRecommendationsResolver,
    ReviewRecommendationsResolver,
    RecommendationResolver,
    RecommendationOutcomeResolver,
    RecommendationMutations,
    ChildReviewsResolver,
    ReviewResolver,
    ReviewViewsResolver,
    ReviewInvitationResolver,
    ReviewMutations,
    ReviewOutcomeResolver,
    ChildMessagesResolver,
    IroMessageResolver,
    IroMessageMutations,
    ChildChallengesResolver,
    ChallengeStagesQuery,
    ChallengeResolver,
    ChallengeHistoryResolver,
    ChallengeMutations,
  ] as [Function, ...Function[]],
  referenceResolvers: { Child: resolveChildReference as never },
};

export function startCarePlanning(
  options: Omit<SubgraphOptions, keyof typeof definition>,
): Promise<RunningSubgraph> {
  return startSubgraph({ ...definition, ...options });
}
