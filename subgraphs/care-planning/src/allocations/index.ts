import type { SubgraphModule } from '@lac/subgraph-kit';
import { Allocation } from './allocation.entity';

/** Which IRO and social worker a child is allocated to (its table comes with the children's core migration). */
export const allocations: SubgraphModule = { entities: [Allocation] };
