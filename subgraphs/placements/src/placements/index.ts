import type { SubgraphModule } from '@lac/subgraph-kit';
import { Placements1795000002000 } from './migrations/1795000002000-Placements';
import { PlacementSsda903Fields1795996803100 } from './migrations/2026-11-30-placement-ssda903-fields';
import { PlacementConfidentialFacts1795996807400 } from './migrations/2026-11-30-placement-confidential-facts';
import { PublishPlacementChanges1796155260200 } from './migrations/2026-12-01-publish-placement-changes';
import { PlacementMutations } from './mutations.resolver';
import { PlacementChoicesResolver } from './placement-choices.resolver';
import { Placement } from './placement.entity';
import { PlacementResolver } from './placement.resolver';

/** Where and with whom a child lives, and the moves between placements. */
export const placements: SubgraphModule = {
  entities: [Placement],
  resolvers: [PlacementResolver, PlacementMutations, PlacementChoicesResolver],
  migrations: [
    Placements1795000002000,
    PlacementSsda903Fields1795996803100,
    PlacementConfidentialFacts1795996807400,
    PublishPlacementChanges1796155260200,
  ],
};
