import type { SubgraphModule } from '@lac/subgraph-kit';
import { CarePlanMutations } from './care-plan.mutations';
import { CarePlanChildResolver } from './care-plan.resolver';
import { CarePlans1795000001100 } from './migrations/1795000001100-CarePlans';

/** The care plan, a new version on each save (read through raw rows, so no entity). */
export const carePlans: SubgraphModule = {
  resolvers: [CarePlanChildResolver, CarePlanMutations],
  migrations: [CarePlans1795000001100],
};
