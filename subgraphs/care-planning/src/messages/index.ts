import type { SubgraphModule } from '@lac/subgraph-kit';
import { ChildMessagesResolver } from './child-messages.resolver';
import { IroChannelOpening, IroMessage, IroMessageShare } from './iro-message.entity';
import { IroMessageResolver } from './iro-message.resolver';
import { IroMessageRead } from './message-read.entity';
import { IroMessageReads1796079001400 } from './migrations/2026-11-30-iro-message-reads';
import { VoiceAndChallenges1795000001400 } from './migrations/1795000001400-VoiceAndChallenges';
import { IroMessageMutations } from './mutations.resolver';
import { ReadMarkerResolver } from './read-marker.resolver';

/**
 * The young person's channel to their IRO. Its migration also creates the challenges' tables: the two shipped
 * together, and a migration is history, so it stays one file here rather than being split.
 */
export const messages: SubgraphModule = {
  entities: [IroMessage, IroMessageShare, IroChannelOpening, IroMessageRead],
  resolvers: [ChildMessagesResolver, IroMessageResolver, IroMessageMutations, ReadMarkerResolver],
  migrations: [VoiceAndChallenges1795000001400, IroMessageReads1796079001400],
};
