import type { SubgraphModule } from '@lac/subgraph-kit';
import { Allocation } from './allocation.entity';
import { IroOptionsResolver } from './iro-options.resolver';

/** Which IRO and social worker a child is allocated to (its table comes with the children's core migration). */
export const allocations: SubgraphModule = { entities: [Allocation], resolvers: [IroOptionsResolver] };
