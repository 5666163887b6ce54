import 'reflect-metadata';
import { londonToday } from '@lac/access';
import { createDataSource, migrate } from '@lac/database';
import { demoAuthority } from '@lac/testing';
import { definition } from '../subgraph';
import { seedPlacements } from './seed';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the placements schema and seeds the demo placements. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL');
  const started = Date.now();
  const { dataSource } = createDataSource({ url, schema: definition.schema, entities: definition.entities, migrations: definition.migrations });
  await dataSource.initialize();
  try {
    await migrate(dataSource, url, definition.schema);
    const r = await seedPlacements(dataSource, demoAuthority(process.env.DEMO_TODAY || londonToday()));
    console.log(
      r.seeded
        ? `placements: seeded ${r.placements} placements (${r.withCarer} with a foster carer) in ${Date.now() - started} ms`
        : 'placements: demo placements already present, nothing to do',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
