import 'reflect-metadata';
import { liveRelationships } from '@lac/access';
import { createDataSource, migrate } from '@lac/database';
import { createTestDatabase, demoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedIdentity } from '../../../gateway/src/demo/seed-identity';
import { Identity1795000000100 } from '../../../gateway/src/migrations/1795000000100-Identity';
import { seedCarePlanning } from '../../../subgraphs/care-planning/src/demo/seed';
import { definition as carePlanning } from '../../../subgraphs/care-planning/src/subgraph';
import { seedPlacements } from '../../../subgraphs/placements/src/demo/seed';
import { definition as placements } from '../../../subgraphs/placements/src/subgraph';

const TODAY = '2026-11-23';
const demo = demoAuthority(TODAY);
const accountOf = (username: string) => demo.accounts.find((a) => a.username === username)!.personId;

let url: string;
const sources: DataSource[] = [];
async function open(schema: string, entities: Function[], migrations: Function[]): Promise<DataSource> {
  const { dataSource } = createDataSource({ url, schema, entities, migrations });
  await dataSource.initialize();
  await migrate(dataSource, url, schema);
  sources.push(dataSource);
  return dataSource;
}

async function counts(db: DataSource): Promise<Record<string, number>> {
  const tables = [
    'access.people',
    'access.children',
    'access.relationships',
    'identity.accounts',
    'care_planning.local_authorities',
    'care_planning.children',
    'care_planning.periods_of_care',
    'care_planning.legal_statuses',
    'care_planning.allocations',
    'care_planning.parents',
    'care_planning.reviews',
    'placements.placements',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return out;
}

describe('demo seeders', () => {
  let identityDb: DataSource;
  let carePlanningDb: DataSource;
  let placementsDb: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase(inject('databaseUrl'), 'demo');
    identityDb = await open('identity', [], [Identity1795000000100]);
    carePlanningDb = await open(carePlanning.schema, carePlanning.entities, carePlanning.migrations);
    placementsDb = await open(placements.schema, placements.entities, placements.migrations);
  });
  afterAll(async () => {
    for (const s of sources) await s.destroy();
  });

  it('seeds identity, care planning and placements with relationships written by the domain functions', async () => {
    const started = Date.now();
    expect((await seedIdentity(identityDb, demo)).seeded).toBe(true);
    expect((await seedCarePlanning(carePlanningDb, demo)).seeded).toBe(true);
    expect((await seedPlacements(placementsDb, demo)).seeded).toBe(true);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(20_000);

    const n = await counts(identityDb);
    expect(n['identity.accounts']).toBe(8);
    expect(n['access.people']).toBe(demo.people.length);
    expect(n['care_planning.children']).toBe(300);
    expect(n['access.children']).toBe(300);
    expect(n['care_planning.allocations']).toBe(600);
    expect(n['placements.placements']).toBe(300);
    expect(n['care_planning.reviews']).toBe(demo.children.reduce((s, c) => s + c.reviews.length, 0));

    const live = (username: string) => liveRelationships(identityDb, accountOf(username), TODAY);
    const parent = await live('parent');
    expect(parent).toHaveLength(1);
    expect(parent[0]!.kind).toBe('parent');
    const carer = await live('foster-carer');
    expect(carer.map((r) => r.kind)).toEqual(['carer', 'carer']);
    expect(new Set(carer.map((r) => r.childId)).size).toBe(2);
    const self = await live('young-person');
    expect(self).toEqual([{ childId: expect.any(String), kind: 'self' }]);
    const iro = await live('iro');
    expect(iro.filter((r) => r.kind === 'iro')).toHaveLength(50);
    expect(await live('advocate')).toEqual([]);
    expect(await live('guardian')).toEqual([]);
    // The children's homes grant nothing: only foster placements have a carer relationship.
    const carers = await identityDb.query(`SELECT count(*)::int AS n FROM access.relationships WHERE kind = 'carer'`);
    expect(carers[0].n).toBe(demo.children.filter((c) => c.placement.carerPersonId).length);
  });

  it('changes nothing when run again', async () => {
    const before = await counts(identityDb);
    expect((await seedIdentity(identityDb, demo)).seeded).toBe(false);
    expect((await seedCarePlanning(carePlanningDb, demo)).seeded).toBe(false);
    expect((await seedPlacements(placementsDb, demo)).seeded).toBe(false);
    expect(await counts(identityDb)).toEqual(before);
  });
});
