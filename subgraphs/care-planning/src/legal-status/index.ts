import type { SubgraphModule } from '@lac/subgraph-kit';
import { LegalStatus } from './legal-status.entity';
import { LegalStatusResolver } from './legal-status.resolver';

/** The legal basis of care over time (its table comes with the children's core migration). */
export const legalStatus: SubgraphModule = { entities: [LegalStatus], resolvers: [LegalStatusResolver] };
