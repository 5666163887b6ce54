import { runSeedMain } from '@lac/subgraph-kit';
import { definition } from '../subgraph';
import { seedPlacements } from './seed';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the placements schema and seeds the demo placements. */
runSeedMain(definition, async (dataSource, authority) => {
  const r = await seedPlacements(dataSource, authority);
  return r.seeded
    ? `seeded ${r.placements} placements (${r.withCarer} with a foster carer)`
    : 'demo placements already present, nothing to do';
});
