import type { SubgraphModule } from '@lac/subgraph-kit';
import { OversightResolver } from './oversight.resolver';

/** The IRO manager's figures, read from the other modules' tables. */
export const oversight: SubgraphModule = { resolvers: [OversightResolver] };
