import type { SubgraphModule } from '@lac/subgraph-kit';
import { Child } from './child.entity';
import { ChildResolver } from './child.resolver';
import { LocalAuthority } from './local-authority.entity';
import { CarePlanningCore1795000001000 } from './migrations/1795000001000-CarePlanningCore';
import { ChildStatutoryDetails1795996805100 } from './migrations/2026-11-30-child-statutory-details';
import { CodeListsResolver } from './code-lists.resolver';
import { RegistrationMutations } from './registration.mutations';
import { ChildStatutoryDetailsResolver } from './statutory-details.resolver';
import { CarePlanningMutations } from './mutations.resolver';

export { resolveChildReference } from './child.resolver';

/**
 * The child and their local authority. The core migration also creates the tables of periods of care, legal
 * statuses, allocations and reviews, which came with the child from the start, and the parents table, which
 * family-contact took over (docs/architecture.md#the-shape) and nothing here writes any more; it stays for the
 * migration history.
 */
export const children: SubgraphModule = {
  entities: [LocalAuthority, Child],
  resolvers: [
    ChildResolver,
    CarePlanningMutations,
    RegistrationMutations,
    ChildStatutoryDetailsResolver,
    CodeListsResolver,
  ],
  migrations: [CarePlanningCore1795000001000, ChildStatutoryDetails1795996805100],
};
