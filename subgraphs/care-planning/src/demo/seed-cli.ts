import 'reflect-metadata';
import { londonToday } from '@lac/access';
import { createDataSource, migrate } from '@lac/database';
import { demoAuthority } from '@lac/testing';
import { definition } from '../subgraph';
import { seedCarePlanning } from './seed';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the care-planning schema and seeds the demo children. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL');
  const started = Date.now();
  const { dataSource } = createDataSource({ url, schema: definition.schema, entities: definition.entities, migrations: definition.migrations });
  await dataSource.initialize();
  try {
    await migrate(dataSource, url, definition.schema);
    const r = await seedCarePlanning(dataSource, demoAuthority(process.env.DEMO_TODAY || londonToday()));
    console.log(
      r.seeded
        ? `care-planning: seeded ${r.children} children, ${r.periodsOfCare} periods of care, ${r.legalStatuses} legal statuses, ` +
            `${r.reviews} reviews, ${r.allocations} allocations, ${r.parents} parents, ${r.carePlanVersions} care plan versions, ` +
            `${r.reviewMeetings} meeting records, ${r.recommendations} recommendations in ${Date.now() - started} ms`
        : 'care-planning: demo local authority already present, nothing to do',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
