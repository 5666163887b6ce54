import { createDataSource } from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendOnly, dropAppendOnly } from './append-only';

let db: DataSource;

beforeAll(async () => {
  const url = await createTestDatabase(inject('databaseUrl'), 'append_only');
  db = createDataSource({ url, schema: 'public', entities: [], migrations: [] }).dataSource;
  await db.initialize();
  await db.query('CREATE SCHEMA kit');
});

afterAll(() => db?.destroy());

async function inMigration(run: (q: ReturnType<DataSource['createQueryRunner']>) => Promise<void>): Promise<void> {
  const q = db.createQueryRunner();
  try {
    await run(q);
  } finally {
    await q.release();
  }
}

describe('appendOnly', () => {
  it('lets rows in and refuses UPDATE, DELETE and TRUNCATE, naming the table; its down lifts that', async () => {
    await db.query('CREATE TABLE kit.notes (id int PRIMARY KEY, body text NOT NULL)');
    await inMigration((q) => appendOnly(q, 'kit.notes'));
    await db.query(`INSERT INTO kit.notes VALUES (1, 'said')`);
    await expect(db.query(`UPDATE kit.notes SET body = 'unsaid'`)).rejects.toThrow('kit.notes is append-only');
    await expect(db.query('DELETE FROM kit.notes')).rejects.toThrow('kit.notes is append-only');
    await expect(db.query('TRUNCATE kit.notes')).rejects.toThrow('kit.notes is append-only');
    expect(await db.query('SELECT body FROM kit.notes')).toEqual([{ body: 'said' }]);

    await inMigration((q) => dropAppendOnly(q, 'kit.notes'));
    await db.query(`UPDATE kit.notes SET body = 'corrected'`);
    const left = await db.query(
      `SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'kit'`,
    );
    expect(left).toEqual([]);
  });

  it('takes only a plain schema.table, so nothing can be smuggled into the SQL it writes', async () => {
    await inMigration(async (q) => {
      await expect(appendOnly(q, 'notes')).rejects.toThrow(/schema\.table/);
      await expect(appendOnly(q, 'kit.notes; DROP TABLE kit.notes')).rejects.toThrow(/schema\.table/);
    });
  });
});
