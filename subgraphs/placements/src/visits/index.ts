import type { SubgraphModule } from '@lac/subgraph-kit';
import { SocialWorkerVisits1795996803300 } from './migrations/2026-11-30-social-worker-visits';
import { SocialWorkerVisit } from './visit.entity';
import { VisitFields } from './visits.resolver';

/** Statutory social-worker visits (CPPCR reg 28) and when the next is due. */
export const visits: SubgraphModule = {
  entities: [SocialWorkerVisit],
  resolvers: [VisitFields],
  migrations: [SocialWorkerVisits1795996803300],
};
