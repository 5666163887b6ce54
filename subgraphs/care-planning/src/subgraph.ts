import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from '@lac/subgraph-kit';
import { Allocation } from './allocations/allocation.entity';
import { CarePlanMutations } from './care-plans/care-plan.mutations';
import { CarePlanChildResolver } from './care-plans/care-plan.resolver';
import { Child } from './children/child.entity';
import { ChildResolver, resolveChildReference } from './children/child.resolver';
import { LocalAuthority } from './children/local-authority.entity';
import { CarePlanningMutations } from './children/mutations.resolver';
import { ParentRecord } from './children/parent.entity';
import { LegalStatus } from './legal-status/legal-status.entity';
import { LegalStatusResolver } from './legal-status/legal-status.resolver';
import { MeResolver } from './me/me.resolver';
import { OversightResolver } from './oversight/oversight.resolver';
import { CarePlanningCore1795000001000 } from './migrations/1795000001000-CarePlanningCore';
import { CarePlans1795000001100 } from './migrations/1795000001100-CarePlans';
import { PeriodOfCare } from './periods/period-of-care.entity';
import { Review } from './reviews/review.entity';

export const SUBGRAPH_NAME = 'care-planning';
export const DEFAULT_PORT = 4001;

export const definition = {
  name: SUBGRAPH_NAME,
  schema: 'care_planning',
  entities: [LocalAuthority, Child, PeriodOfCare, LegalStatus, Allocation, ParentRecord, Review],
  migrations: [CarePlanningCore1795000001000, CarePlans1795000001100],
  resolvers: [
    ChildResolver,
    MeResolver,
    LegalStatusResolver,
    CarePlanningMutations,
    OversightResolver,
    CarePlanChildResolver,
    CarePlanMutations,
  ] as [Function, ...Function[]],
  referenceResolvers: { Child: resolveChildReference as never },
};

export function startCarePlanning(
  options: Omit<SubgraphOptions, keyof typeof definition>,
): Promise<RunningSubgraph> {
  return startSubgraph({ ...definition, ...options });
}
