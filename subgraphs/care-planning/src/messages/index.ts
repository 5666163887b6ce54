import type { SubgraphModule } from '@lac/subgraph-kit';
import { ChildMessagesResolver } from './child-messages.resolver';
import { IroChannelOpening, IroMessage, IroMessageShare } from './iro-message.entity';
import { IroMessageResolver } from './iro-message.resolver';
import { VoiceAndChallenges1795000001400 } from './migrations/1795000001400-VoiceAndChallenges';
import { IroMessageMutations } from './mutations.resolver';

/**
 * The young person's channel to their IRO. Its migration also creates the challenges' tables: the two shipped
 * together, and a migration is history, so it stays one file here rather than being split.
 */
export const messages: SubgraphModule = {
  entities: [IroMessage, IroMessageShare, IroChannelOpening],
  resolvers: [ChildMessagesResolver, IroMessageResolver, IroMessageMutations],
  migrations: [VoiceAndChallenges1795000001400],
};
