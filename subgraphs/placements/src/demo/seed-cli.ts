import { runSeedMain } from '@lac/subgraph-kit';
import { definition } from '../subgraph';
import { seedPlacements } from './seed';
import { seedDelegatedAuthority } from './seed-delegated-authority';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the placements schema and seeds the demo placements. */
runSeedMain(definition, async (dataSource, authority) => {
  const r = await seedPlacements(dataSource, authority);
  const da = await seedDelegatedAuthority(dataSource, authority);
  const placements = r.seeded
    ? `seeded ${r.placements} placements (${r.withCarer} with a foster carer)`
    : 'demo placements already present';
  return `${placements}; ${da.matrices} delegated-authority matrices (${da.pendingRequests} with a pending request)`;
});
