import { createDataSource, migrate } from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { definition } from '../subgraph';

let ds: DataSource;

beforeAll(async () => {
  const url = await createTestDatabase(inject('databaseUrl'), 'review_meetings_migration');
  ds = createDataSource({ url, schema: definition.schema, entities: definition.entities, migrations: definition.migrations }).dataSource;
  await migrate(ds, url, definition.schema);
});

afterAll(() => ds?.destroy());

const tables = async () =>
  (
    await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'care_planning' ORDER BY table_name`)
  ).map((r: { table_name: string }) => r.table_name);

describe('ReviewMeetings1795000001200', () => {
  it('is reversible: down restores the reviews table as it was, and up applies again', async () => {
    expect(await tables()).toEqual(expect.arrayContaining(['local_authority_settings', 'review_decisions', 'review_publications', 'review_views']));
    // Later migrations come off first, down to and including this one.
    const later = (definition.migrations as Function[]).findIndex((m) => m.name === 'ReviewMeetings1795000001200');
    for (let i = definition.migrations.length - 1; i >= later; i -= 1) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).not.toContain('review_decisions');
    const columns = await ds.query(
      `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'care_planning' AND table_name = 'reviews' ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: 'child_id', is_nullable: 'NO' },
      { column_name: 'created_at', is_nullable: 'NO' },
      { column_name: 'held_on', is_nullable: 'NO' },
      { column_name: 'id', is_nullable: 'NO' },
      { column_name: 'recorded_by', is_nullable: 'NO' },
    ]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toContain('review_publications');
  });
});
