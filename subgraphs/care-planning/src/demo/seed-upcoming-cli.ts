import 'reflect-metadata';
import { londonToday } from '@lac/access';
import { createDataSource } from '@lac/database';
import { demoAuthority } from '@lac/testing';
import { definition } from '../subgraph';
import { seedUpcomingReviews } from './seed-upcoming';

/**
 * `DATABASE_URL=… node dist/demo/seed-upcoming-cli.js`, after the placements seeder: plans the demo's upcoming
 * reviews, whose invitations include the carer.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL');
  const started = Date.now();
  const { dataSource } = createDataSource({ url, schema: definition.schema, entities: definition.entities, migrations: definition.migrations });
  await dataSource.initialize();
  try {
    const r = await seedUpcomingReviews(dataSource, demoAuthority(process.env.DEMO_TODAY || londonToday()));
    console.log(
      r.seeded
        ? `care-planning: planned ${r.planned} upcoming reviews (${r.viewsSent} parent's views sent) in ${Date.now() - started} ms`
        : 'care-planning: upcoming demo reviews already planned, nothing to do',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
