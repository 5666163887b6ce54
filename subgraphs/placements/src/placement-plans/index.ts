import type { SubgraphModule } from '@lac/subgraph-kit';
import { PlacementPlans1795996803200 } from './migrations/2026-11-30-placement-plans';
import { PlacementPlanMutations } from './mutations.resolver';
import { PlacementPlan } from './placement-plan.entity';
import { PlacementPlanFields } from './plan.resolver';

/** The placement plan per placement (CPPCR reg 9, DOMAIN.md §2.2) and when it is due. */
export const placementPlans: SubgraphModule = {
  entities: [PlacementPlan],
  resolvers: [PlacementPlanFields, PlacementPlanMutations],
  migrations: [PlacementPlans1795996803200],
};
