import type { SubgraphModule } from '@lac/subgraph-kit';
import { ChildRefResolver } from './child-ref.resolver';
import { ChildRef } from './child-ref.type';

export { resolveChildReference } from './child-ref.resolver';

/** The child by key, extended with their family network; care-planning owns the rest of Child. */
export const children: SubgraphModule = {
  resolvers: [ChildRefResolver],
  orphanedTypes: [ChildRef],
};
