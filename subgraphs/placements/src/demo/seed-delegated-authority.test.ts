import 'reflect-metadata';
import { createDataSource, migrate } from '@lac/subgraph-kit';
import { createTestDatabase, demoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedIdentity } from '../../../../gateway/src/demo/seed-identity';
import { Identity1795000000100 } from '../../../../gateway/src/migrations/1795000000100-Identity';
import { checkEntries } from '../delegated-authority/legal-status-rules';
import { definition } from '../subgraph';
import { seedPlacements } from './seed';
import { demoChildrenWithMatrix, seedDelegatedAuthority } from './seed-delegated-authority';

const TODAY = '2026-11-23';
const demo = demoAuthority(TODAY);
const carerId = demo.accounts.find((a) => a.username === 'foster-carer')!.personId;
const carers = demo.children.filter((c) => c.placement.carerPersonId === carerId);
const theirs = demoChildrenWithMatrix(demo);
const sources: DataSource[] = [];
let db: DataSource;

beforeAll(async () => {
  const url = await createTestDatabase(inject('databaseUrl'), 'dademo');
  const open = async (schema: string, entities: Function[], migrations: Function[]) => {
    const { dataSource } = createDataSource({ url, schema, entities, migrations });
    await dataSource.initialize();
    await migrate(dataSource, url, schema);
    sources.push(dataSource);
    return dataSource;
  };
  const identity = await open('identity', [], [Identity1795000000100]);
  db = await open(definition.schema, definition.entities, definition.migrations);
  await seedIdentity(identity, demo);
  await seedPlacements(db, demo);
}, 120_000);

afterAll(async () => {
  for (const s of sources) await s.destroy();
});

describe('the delegated-authority demo seed', () => {
  it('gives each of the demo carer’s children (and the demo parent’s and young person’s) a lawful matrix, one with a pending request, once', async () => {
    expect(carers.length).toBeGreaterThan(1);
    // The carer's children, the demo parent's and the demo young person's (each has their own account to read it).
    expect(theirs.slice(0, carers.length)).toEqual(carers);
    expect(theirs.length).toBe(carers.length + 2);
    expect(await seedDelegatedAuthority(db, demo)).toEqual({ matrices: theirs.length, pendingRequests: 1 });
    const rows: Array<{ child_id: string; legal_status: string; entries: never[] }> = await db.query(
      `SELECT child_id, legal_status, entries FROM placements.delegated_authority_versions`,
    );
    expect(rows.map((r) => r.child_id).sort()).toEqual(theirs.map((c) => c.id).sort());
    for (const r of rows) expect(checkEntries(r.legal_status, r.entries, TODAY)).toEqual([]);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM placements.delegated_authority_requests WHERE status = 'pending'`,
    );
    expect(n).toBe(1);
    expect(await seedDelegatedAuthority(db, demo)).toEqual({ matrices: 0, pendingRequests: 0 });
  });
});
