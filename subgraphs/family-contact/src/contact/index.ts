import type { SubgraphModule } from '@lac/subgraph-kit';
import { ContactArrangementChange } from './arrangement-change.entity';
import { ContactArrangement } from './arrangement.entity';
import { ContactArrangementChangeResolver, ContactArrangementResolver } from './arrangement.resolver';
import { ContactArrangements1795996800200 } from './migrations/2026-11-30-contact-arrangements';
import { ContactArrangementMutations } from './mutations.resolver';
import { MyContactArrangementsResolver } from './my-arrangements.resolver';

/** Contact arrangements with family members, each change kept as a version (who, when, why). */
export const contact: SubgraphModule = {
  entities: [ContactArrangement, ContactArrangementChange],
  resolvers: [
    ContactArrangementResolver,
    ContactArrangementChangeResolver,
    ContactArrangementMutations,
    MyContactArrangementsResolver,
  ],
  migrations: [ContactArrangements1795996800200],
};
