import type { SubgraphModule } from '@lac/subgraph-kit';
import { PeriodOfCare } from './period-of-care.entity';

/** When the child has been looked after (its table comes with the children's core migration). */
export const periods: SubgraphModule = { entities: [PeriodOfCare] };
