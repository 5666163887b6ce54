import { runSeedMain } from '@lac/subgraph-kit';
import { definition } from '../subgraph';
import { seedUpcomingReviews } from './seed-upcoming';

/**
 * `DATABASE_URL=… node dist/demo/seed-upcoming-cli.js`, after the placements seeder: plans the demo's upcoming
 * reviews, whose invitations include the carer. (Migrating first, as every seed command does, finds nothing to do.)
 */
runSeedMain(definition, async (dataSource, authority) => {
  const r = await seedUpcomingReviews(dataSource, authority);
  return r.seeded
    ? `planned ${r.planned} upcoming reviews (${r.viewsSent} parent's views sent)`
    : 'upcoming demo reviews already planned, nothing to do';
});
