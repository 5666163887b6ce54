import { createDataSource } from '@lac/database';
import { type DemoAuthority, demoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { seedIdentity } from '../../gateway/src/demo/seed-identity';
import { seedCarePlanning } from '../../subgraphs/care-planning/src/demo/seed';
import { seedUpcomingReviews } from '../../subgraphs/care-planning/src/demo/seed-upcoming';
import { definition as carePlanning } from '../../subgraphs/care-planning/src/subgraph';
import { seedPlacements } from '../../subgraphs/placements/src/demo/seed';
import { seedDelegatedAuthority } from '../../subgraphs/placements/src/demo/seed-delegated-authority';
import { definition as placements } from '../../subgraphs/placements/src/subgraph';
import { seedFamilyContact } from '../../subgraphs/family-contact/src/demo/seed';
import { definition as familyContact } from '../../subgraphs/family-contact/src/subgraph';
import type { System } from './system';

/**
 * The demo local authority at `children` children in the system's database, through each subgraph's own demo seed
 * in the order packages/registry declares (identity, care-planning, placements, family-contact, upcoming reviews):
 * what `pnpm start` runs, in-process, each seed writing only its own schema. The system's services have migrated.
 */
export async function seedDemoAuthority(system: System, today: string, children: number): Promise<DemoAuthority> {
  const demo = demoAuthority(today, children);
  const open = async (schema: string, entities: Function[]): Promise<DataSource> => {
    const { dataSource } = createDataSource({ url: system.roles.owner, schema, entities, migrations: [], poolSize: 2 });
    return dataSource.initialize();
  };
  const identity = await open('identity', []);
  const care = await open(carePlanning.schema, carePlanning.entities);
  const place = await open(placements.schema, placements.entities);
  const family = await open(familyContact.schema, familyContact.entities);
  try {
    await seedIdentity(identity, demo);
    await seedCarePlanning(care, demo);
    await seedPlacements(place, demo);
    await seedDelegatedAuthority(place, demo);
    await seedFamilyContact(family, demo);
    await seedUpcomingReviews(care, demo);
  } finally {
    for (const d of [identity, care, place, family]) await d.destroy();
  }
  return demo;
}
