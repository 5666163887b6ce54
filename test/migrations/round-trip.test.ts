import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PLATFORM_MIGRATIONS } from '@lac/access';
import { SUBGRAPHS } from '@lac/registry';
import { type SubgraphDefinition, createDataSource, migrate } from '@lac/subgraph-kit';
import { createTestDatabase } from '@lac/testing';
import type { DataSource, MigrationInterface } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IDENTITY_MIGRATIONS } from '@lac/gateway';
import { schemaSnapshot, tablesOf } from './schema-snapshot';

/** One owner of migrations: the PostgreSQL schema they run in and the classes, in the order they run. */
interface Owner {
  label: string;
  schema: string;
  migrations: Function[];
}

type Snapshot = Awaited<ReturnType<typeof schemaSnapshot>>;

// What the per-migration tests this file replaced asserted beyond "down undoes up", checked right after each down.
const afterDown: Record<string, (db: DataSource) => Promise<void>> = {
  async ReviewMeetings1795000001200(db) {
    expect(await tablesOf(db, 'care_planning')).not.toContain('review_decisions');
    const columns = await db.query(
      `SELECT column_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'care_planning' AND table_name = 'reviews' ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: 'child_id', is_nullable: 'NO' },
      { column_name: 'created_at', is_nullable: 'NO' },
      { column_name: 'held_on', is_nullable: 'NO' },
      { column_name: 'id', is_nullable: 'NO' },
      { column_name: 'recorded_by', is_nullable: 'NO' },
    ]);
  },
  async VoiceAndChallenges1795000001400(db) {
    const voice = [
      'iro_messages',
      'iro_channel_openings',
      'iro_message_shares',
      'challenge_stages',
      'challenges',
      'challenge_history',
    ];
    expect((await tablesOf(db, 'care_planning')).filter((t) => voice.includes(t))).toEqual([]);
  },
};

let owners: Owner[];
let definitions: SubgraphDefinition[];
let url: string;
let db: DataSource;

beforeAll(async () => {
  // Every declared subgraph, imported through its package as the test system does: a new one is covered unasked.
  definitions = await Promise.all(
    SUBGRAPHS.map(async (s) => ((await import(s.package)) as { definition: SubgraphDefinition }).definition),
  );
  owners = [
    { label: 'access and audit', schema: 'access', migrations: [...PLATFORM_MIGRATIONS] },
    { label: 'identity (gateway)', schema: 'identity', migrations: IDENTITY_MIGRATIONS },
    ...definitions.map((d) => ({ label: d.name, schema: d.schema, migrations: d.migrations })),
  ];
  url = await createTestDatabase(inject('databaseUrl'), 'migrations');
  db = createDataSource({ url, schema: 'public', entities: [], migrations: [] }).dataSource;
  await db.initialize();
});

afterAll(() => db?.destroy());

const schemaNames = () => [...new Set([...owners.map((o) => o.schema), 'audit'])];

async function runStep(migration: MigrationInterface, direction: 'up' | 'down'): Promise<void> {
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  try {
    await migration[direction](runner);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

describe('every migration of every schema', () => {
  it('covers each subgraph: every folder under subgraphs/ is declared and every declaration has its folder', () => {
    const folders = readdirSync(path.join(__dirname, '../../subgraphs'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    expect(definitions.map((d) => d.name)).toEqual(SUBGRAPHS.map((s) => s.name));
    for (const d of definitions) expect(d.migrations.length, d.name).toBeGreaterThan(0);
  });

  it('goes up one at a time, down one at a time back to each earlier schema exactly, and up again to the same schema', async () => {
    // The schemas the services create before migrating (migrate() does the same); `audit` comes from a migration.
    for (const o of owners) await db.query(`CREATE SCHEMA IF NOT EXISTS "${o.schema}"`);
    const steps = owners.flatMap((o) => o.migrations.map((m) => ({ owner: o, migration: m })));
    const before: Snapshot[] = [];
    for (const { migration } of steps) {
      before.push(await schemaSnapshot(db, schemaNames()));
      await runStep(new (migration as new () => MigrationInterface)(), 'up');
    }
    const top = await schemaSnapshot(db, schemaNames());
    expect(top.relations.length).toBeGreaterThan(0);

    for (let i = steps.length - 1; i >= 0; i -= 1) {
      const { owner, migration } = steps[i];
      await runStep(new (migration as new () => MigrationInterface)(), 'down');
      expect(await schemaSnapshot(db, schemaNames()), `${owner.label}: ${migration.name} down`).toEqual(before[i]);
      await afterDown[migration.name]?.(db);
    }
    for (const o of owners) expect(await tablesOf(db, o.schema), o.label).toEqual([]);

    // Up again the way the services do it (TypeORM, one transaction each, under the advisory lock).
    const identity = createDataSource({ url, schema: 'identity', entities: [], migrations: IDENTITY_MIGRATIONS });
    const sources = [
      identity,
      ...definitions.map((d) => createDataSource({ url, schema: d.schema, entities: [], migrations: d.migrations })),
    ];
    try {
      for (const [i, { dataSource }] of sources.entries()) {
        await migrate(dataSource, url, i === 0 ? 'identity' : definitions[i - 1].schema);
      }
      expect(await schemaSnapshot(db, schemaNames())).toEqual(top);
    } finally {
      for (const { dataSource } of sources) await dataSource.destroy();
    }
  });
});
