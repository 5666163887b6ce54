import type { SubgraphModule } from '@lac/subgraph-kit';
import { PeriodReasonCeased1795996805200 } from './migrations/2026-11-30-period-reason-ceased';
import { PeriodOfCare } from './period-of-care.entity';
import { PeriodOfCareResolver } from './period-of-care.resolver';

/** When the child has been looked after (its table comes with the children's core migration). */
export const periods: SubgraphModule = {
  entities: [PeriodOfCare],
  resolvers: [PeriodOfCareResolver],
  migrations: [PeriodReasonCeased1795996805200],
};
