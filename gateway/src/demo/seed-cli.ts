import 'reflect-metadata';
import { londonToday } from '@lac/access';
import { createDataSource, migrate } from '@lac/database';
import { demoAuthority } from '@lac/testing';
import { IDENTITY_MIGRATIONS } from '../migrations';
import { seedIdentity } from './seed-identity';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the identity schema and seeds the demo people and accounts. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL');
  const started = Date.now();
  const { dataSource } = createDataSource({
    url,
    schema: 'identity',
    entities: [],
    migrations: IDENTITY_MIGRATIONS,
  });
  await dataSource.initialize();
  try {
    await migrate(dataSource, url, 'identity');
    const result = await seedIdentity(dataSource, demoAuthority(process.env.DEMO_TODAY || londonToday()));
    console.log(
      result.seeded
        ? `identity: seeded ${result.people} people and ${result.accounts} demo accounts in ${Date.now() - started} ms`
        : `identity: demo accounts already present, nothing to do`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
