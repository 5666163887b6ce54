import 'reflect-metadata';
import { londonToday } from '@lac/access';
import { createDataSource, migrate } from '@lac/database';
import type { DemoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import type { SubgraphDefinition } from './define';

/** A demo seeder: writes the fictional authority's rows (or nothing, when they are there) and says what it did. */
export type DemoSeed = (dataSource: DataSource, authority: DemoAuthority) => Promise<string>;

/**
 * A subgraph's demo-seed command in one call (`DATABASE_URL=… node dist/demo/seed-cli.js`): migrates its schema
 * under the shared advisory lock, seeds the demo authority as of DEMO_TODAY (today in England by default), logs
 * what the seeder did, and exits non-zero with the message on failure.
 */
export function runSeedMain(definition: SubgraphDefinition, seed: DemoSeed): void {
  const run = async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('Set DATABASE_URL');
    // Loaded here, not at the top: the kit's other entry points must not pull the demo data into a service.
    const { demoAuthority } = await import('@lac/testing');
    const started = Date.now();
    const { dataSource } = createDataSource({
      url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    await dataSource.initialize();
    try {
      await migrate(dataSource, url, definition.schema);
      const said = await seed(dataSource, demoAuthority(process.env.DEMO_TODAY || londonToday()));
      console.log(`${definition.name}: ${said} (${Date.now() - started} ms)`);
    } finally {
      await dataSource.destroy();
    }
  };
  run().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
