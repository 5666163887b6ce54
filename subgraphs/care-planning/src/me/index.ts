import type { SubgraphModule } from '@lac/subgraph-kit';
import { AuthorityCanResolver } from './authority-can.resolver';
import { MeResolver } from './me.resolver';

/** The signed-in person and their caseload. */
export const me: SubgraphModule = { resolvers: [MeResolver, AuthorityCanResolver] };
