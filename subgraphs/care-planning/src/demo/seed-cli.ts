import { runSeedMain } from '@lac/subgraph-kit';
import { definition } from '../subgraph';
import { seedCarePlanning } from './seed';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the care-planning schema and seeds the demo children. */
runSeedMain(definition, async (dataSource, authority) => {
  const r = await seedCarePlanning(dataSource, authority);
  return r.seeded
    ? `seeded ${r.children} children, ${r.periodsOfCare} periods of care, ${r.legalStatuses} legal statuses, ` +
        `${r.reviews} reviews, ${r.allocations} allocations, ${r.carePlanVersions} care plan versions, ` +
        `${r.reviewMeetings} meeting records, ${r.recommendations} recommendations`
    : 'demo local authority already present, nothing to do';
});
