import type { SubgraphModule } from '@lac/subgraph-kit';
import { Challenge, ChallengeHistoryEntry, ChallengeStageRow } from './challenge.entity';
import { ChallengeHistoryResolver, ChallengeResolver } from './challenge.resolver';
import { ChallengeStagesQuery, ChildChallengesResolver } from './child-challenges.resolver';
import { ChallengeMutations } from './mutations.resolver';

/** The IRO challenge ladder (its tables come with the messages' migration, VoiceAndChallenges). */
export const challenges: SubgraphModule = {
  entities: [Challenge, ChallengeHistoryEntry, ChallengeStageRow],
  resolvers: [
    ChildChallengesResolver,
    ChallengeStagesQuery,
    ChallengeResolver,
    ChallengeHistoryResolver,
    ChallengeMutations,
  ],
};
