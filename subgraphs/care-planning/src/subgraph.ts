import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from '@lac/subgraph-kit';
import { Allocation } from './allocations/allocation.entity';
import { Child } from './children/child.entity';
import { ChildResolver, resolveChildReference } from './children/child.resolver';
import { LocalAuthority } from './children/local-authority.entity';
import { CarePlanningMutations } from './children/mutations.resolver';
import { ParentRecord } from './children/parent.entity';
import { LegalStatus } from './legal-status/legal-status.entity';
import { LegalStatusResolver } from './legal-status/legal-status.resolver';
import { MeResolver } from './me/me.resolver';
import { CarePlanningCore1795000001000 } from './migrations/1795000001000-CarePlanningCore';
import { PeriodOfCare } from './periods/period-of-care.entity';
import { Review } from './reviews/review.entity';
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
  entities: [LocalAuthority, Child, PeriodOfCare, LegalStatus, Allocation, ParentRecord, Review, IroMessage, IroMessageShare, IroChannelOpening,
    Challenge, ChallengeHistoryEntry, ChallengeStageRow],
  migrations: [CarePlanningCore1795000001000, VoiceAndChallenges1795000001400],
  resolvers: [
    ChildResolver,
    MeResolver,
    LegalStatusResolver,
    CarePlanningMutations,
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
