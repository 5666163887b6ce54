import 'reflect-metadata';
import { liveRelationships } from '@lac/access';
import { createDataSource, migrate } from '@lac/subgraph-kit';
import { createTestDatabase, demoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedIdentity } from '../../../../gateway/src/demo/seed-identity';
import { Identity1795000000100 } from '../../../../gateway/src/migrations/1795000000100-Identity';
import { seedCarePlanning } from '../../../care-planning/src/demo/seed';
import { definition as carePlanning } from '../../../care-planning/src/subgraph';
import { seedPlacements } from '../../../placements/src/demo/seed';
import { definition as placements } from '../../../placements/src/subgraph';
import { definition } from '../subgraph';
import { demoFamily, seedFamilyContact } from './seed';

const TODAY = '2026-11-23';
const demo = demoAuthority(TODAY);
const { child, sibling, parentId } = demoFamily(demo);
const sources: DataSource[] = [];
let db: DataSource;
let url: string;

async function open(schema: string, entities: Function[], migrations: Function[]): Promise<DataSource> {
  const { dataSource } = createDataSource({ url, schema, entities, migrations });
  await dataSource.initialize();
  await migrate(dataSource, url, schema);
  sources.push(dataSource);
  return dataSource;
}

const counts = async () =>
  (
    await db.query(`SELECT (SELECT count(*)::int FROM family_contact.family_members) AS members,
                           (SELECT count(*)::int FROM family_contact.contact_arrangements) AS arrangements,
                           (SELECT count(*)::int FROM family_contact.contact_sessions) AS sessions,
                           (SELECT count(*)::int FROM access.relationships) AS relationships`)
  )[0] as Record<string, number>;

let parentAccessBefore: unknown;

beforeAll(async () => {
  url = await createTestDatabase(inject('databaseUrl'), 'familydemo');
  const identity = await open('identity', [], [Identity1795000000100]);
  const cp = await open(carePlanning.schema, carePlanning.entities, carePlanning.migrations);
  const pl = await open(placements.schema, placements.entities, placements.migrations);
  db = await open(definition.schema, definition.entities, definition.migrations);
  await seedIdentity(identity, demo);
  await seedCarePlanning(cp, demo);
  await seedPlacements(pl, demo);
  parentAccessBefore = await liveRelationships(db, parentId, TODAY);
}, 120_000);

afterAll(async () => {
  for (const s of sources) await s.destroy();
});

describe('the family-contact demo seed', () => {
  it('gives the demo parent arrangements with past sessions (one cancelled) and upcoming ones', async () => {
    const r = await seedFamilyContact(db, demo);
    expect(r.seeded).toBe(true);
    const sessions: Array<{ date: string; status: string; cancelled_by: string | null }> = await db.query(
      `SELECT s.date::text AS date, s.status, s.cancelled_by FROM family_contact.contact_sessions s
         JOIN family_contact.contact_arrangements a ON a.id = s.arrangement_id
        WHERE a.member_person_id = $1 ORDER BY s.date`,
      [parentId],
    );
    expect(sessions.filter((s) => s.date < TODAY).map((s) => s.status)).toEqual(['took_place', 'cancelled']);
    expect(sessions.filter((s) => s.date > TODAY).map((s) => s.status)).toEqual(['scheduled', 'scheduled']);
    expect(sessions.find((s) => s.status === 'cancelled')?.cancelled_by).toBe('carer');
  });

  it('gives the demo child a sibling placed elsewhere, linked both ways', async () => {
    const links: Array<{ child_id: string; sibling_child_id: string; sibling_living: string }> = await db.query(
      `SELECT child_id, sibling_child_id, sibling_living FROM family_contact.family_members WHERE relation = 'sibling'`,
    );
    expect(links).toEqual(
      expect.arrayContaining([
        { child_id: child.id, sibling_child_id: sibling.id, sibling_living: 'placed_elsewhere' },
        { child_id: sibling.id, sibling_child_id: child.id, sibling_living: 'placed_elsewhere' },
      ]),
    );
    expect(sibling.placement.carerPersonId).not.toBe(child.placement.carerPersonId);
  });

  it('records the demo parents: the demo parent’s access to their child comes from family-contact', async () => {
    // Care-planning no longer records parents (docs/architecture.md#the-shape): before this seed the demo parent sees
    // no child.
    expect(parentAccessBefore).toEqual([]);
    expect(await liveRelationships(db, parentId, TODAY)).toEqual([{ childId: child.id, kind: 'parent' }]);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM family_contact.family_members WHERE relation IN ('parent', 'mother', 'father')`,
    );
    expect(n).toBe(demo.children.reduce((sum, c) => sum + c.parents.length, 0));
    const sources: Array<{ source: string }> = await db.query(
      `SELECT DISTINCT split_part(source, ':', 1) || ':' || split_part(source, ':', 2) AS source
         FROM access.relationships WHERE kind = 'parent'`,
    );
    expect(sources).toEqual([{ source: 'family-contact:member' }]);
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    expect((await seedFamilyContact(db, demo)).seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
