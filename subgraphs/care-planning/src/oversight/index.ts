import type { SubgraphModule } from '@lac/subgraph-kit';
import { OversightChildrenResolver } from './oversight-children.resolver';
import { OversightResolver } from './oversight.resolver';

/** The IRO manager's figures, read from the other modules' tables, and the children behind each. */
export const oversight: SubgraphModule = { resolvers: [OversightResolver, OversightChildrenResolver] };
