import { PLATFORM_MIGRATIONS } from '@lac/access';
import { definition as carePlanning } from '@lac/care-planning';
import { IDENTITY_MIGRATIONS } from '@lac/gateway';
import { definition as placements } from '@lac/placements';
import { createDataSource } from '@lac/subgraph-kit';
import { createTestDatabase } from '@lac/testing';
import type { DataSource, MigrationInterface } from 'typeorm';
import { afterEach, describe, expect, inject, it } from 'vitest';

/**
 * docs/decisions/0026: a database that already holds placements gets care-planning's copy of each child's last
 * placement change when the two migrations run, in whichever order the services happen to migrate (`pnpm start`
 * starts them together): the second of the two fills the table.
 */
const HOLDER = 'PlacementChanges1796155260100';
const PUBLISHER = 'PublishPlacementChanges1796155260200';
const MOVED = '0a0a0a0a-0000-4000-8000-00000000aa01';
const MOVED_TWICE = '0a0a0a0a-0000-4000-8000-00000000aa02';
const NEVER_MOVED = '0a0a0a0a-0000-4000-8000-00000000aa03';

let db: DataSource | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

type MigrationClass = new () => MigrationInterface;
const named = (list: readonly Function[], name: string) => list.find((m) => m.name === name) as MigrationClass;

async function run(migration: MigrationClass): Promise<void> {
  const runner = db!.createQueryRunner();
  await runner.startTransaction();
  try {
    await new migration().up(runner);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** A database migrated up to just before the two, holding placements recorded before them. */
async function databaseWithPlacements(): Promise<void> {
  const url = await createTestDatabase(inject('databaseUrl'), 'backfill');
  db = createDataSource({ url, schema: 'public', entities: [], migrations: [] }).dataSource;
  await db.initialize();
  for (const schema of ['access', 'identity', carePlanning.schema, placements.schema])
    await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const earlier = [
    ...PLATFORM_MIGRATIONS,
    ...IDENTITY_MIGRATIONS,
    ...carePlanning.migrations.filter((m) => m.name !== HOLDER),
    ...placements.migrations.filter((m) => m.name !== PUBLISHER),
  ] as MigrationClass[];
  for (const migration of earlier) await run(migration);
  const place = (child: string, start: string, end: string | null) =>
    db!.query(
      `INSERT INTO placements.placements (child_id, placement_type, start_date, end_date, address_line1, town, postcode)
       VALUES ($1, 'U4', $2, $3, '1 Backfill Row', 'Brackenford', 'ZZ1 1ZZ')`,
      [child, start, end],
    );
  await place(MOVED, '2026-01-05', '2026-06-01');
  await place(MOVED, '2026-06-01', null);
  await place(MOVED_TWICE, '2025-03-03', '2025-09-01');
  await place(MOVED_TWICE, '2025-09-01', '2026-10-12');
  await place(MOVED_TWICE, '2026-10-12', null);
  await place(NEVER_MOVED, '2026-02-02', null);
}

const held = () =>
  db!.query<Array<{ child_id: string; last_change_on: string }>>(
    'SELECT child_id, last_change_on::text AS last_change_on FROM care_planning.placement_changes ORDER BY child_id',
  );
const expected = [
  { child_id: MOVED, last_change_on: '2026-06-01' },
  { child_id: MOVED_TWICE, last_change_on: '2026-10-12' },
];

describe('the backfill of care-planning’s copy of the last placement change', () => {
  it('care-planning first, then placements: placements’ migration publishes every child', async () => {
    await databaseWithPlacements();
    await run(named(carePlanning.migrations, HOLDER));
    expect(await held()).toEqual([]);
    await run(named(placements.migrations, PUBLISHER));
    expect(await held()).toEqual(expected);
  });

  it('placements first, then care-planning: care-planning’s migration asks placements to publish', async () => {
    await databaseWithPlacements();
    await run(named(placements.migrations, PUBLISHER));
    // A move recorded before care-planning's table exists is not lost: the write succeeds, the backfill carries it.
    await db!.query(
      `UPDATE placements.placements SET end_date = '2026-10-01' WHERE child_id = $1 AND end_date IS NULL`,
      [MOVED],
    );
    await db!.query(
      `INSERT INTO placements.placements (child_id, placement_type, start_date, address_line1, town, postcode)
       VALUES ($1, 'U4', '2026-10-01', '3 Backfill Row', 'Brackenford', 'ZZ1 1ZZ')`,
      [MOVED],
    );
    await run(named(carePlanning.migrations, HOLDER));
    expect(await held()).toEqual([{ child_id: MOVED, last_change_on: '2026-10-01' }, expected[1]]);
    // And from then on every write publishes, in the write's transaction.
    await db!.query(
      `UPDATE placements.placements SET end_date = '2026-11-02' WHERE child_id = $1 AND end_date IS NULL`,
      [NEVER_MOVED],
    );
    await db!.query(
      `INSERT INTO placements.placements (child_id, placement_type, start_date, address_line1, town, postcode)
       VALUES ($1, 'U4', '2026-11-02', '2 Backfill Row', 'Brackenford', 'ZZ1 1ZZ')`,
      [NEVER_MOVED],
    );
    expect(await held()).toEqual([
      { child_id: MOVED, last_change_on: '2026-10-01' },
      expected[1],
      { child_id: NEVER_MOVED, last_change_on: '2026-11-02' },
    ]);
  });
});
