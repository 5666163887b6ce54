import type { SubgraphModule } from '@lac/subgraph-kit';
import { ContactSessions1795996800300 } from './migrations/2026-11-30-contact-sessions';
import { ContactSessionMutations } from './mutations.resolver';
import { ContactSession } from './session.entity';
import { ArrangementSessionsResolver, ContactSessionResolver } from './session.resolver';

export { cancellationPatternByChild } from './loaders';

/** Contact sessions: planned, what happened, the supervisor's record, the child's views, the carer's note. */
export const sessions: SubgraphModule = {
  entities: [ContactSession],
  resolvers: [ArrangementSessionsResolver, ContactSessionResolver, ContactSessionMutations],
  migrations: [ContactSessions1795996800300],
};
