import type { DataSource } from 'typeorm';

/**
 * Clean data per test file on a system that outlives the file. Every table of the services' schemas is emptied
 * except the migrations' bookkeeping; rows a migration itself wrote (reference data) are put back from a copy
 * taken right after the migrations ran, so a file starts where a fresh database would.
 *
 * The append-only tables refuse TRUNCATE through triggers (a guarantee for the services, which keep it);
 * `session_replication_role = replica` lets this superuser-only test helper bypass them, and only here.
 */
export class DataReset {
  private constructor(
    private readonly tables: string[],
    private readonly baseline: Array<{ table: string; copy: string }>,
  ) {}

  /** Reads the tables once, after every service has migrated the database and before any test writes to it. */
  static async prepare(db: DataSource, schemas: string[]): Promise<DataReset> {
    const rows: Array<{ schema: string; name: string }> = await db.query(
      `SELECT schemaname AS schema, tablename AS name FROM pg_tables
        WHERE schemaname = ANY($1) AND tablename <> 'migrations' ORDER BY 1, 2`,
      [schemas],
    );
    const tables = rows.map((r) => `${quote(r.schema)}.${quote(r.name)}`);
    await db.query('CREATE SCHEMA IF NOT EXISTS test_baseline');
    const baseline: Array<{ table: string; copy: string }> = [];
    for (const [i, table] of tables.entries()) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table}`);
      if (n === 0) continue;
      const copy = `test_baseline.t${i}`;
      await db.query(`DROP TABLE IF EXISTS ${copy}; CREATE TABLE ${copy} AS TABLE ${table}`);
      baseline.push({ table, copy });
    }
    return new DataReset(tables, baseline);
  }

  async run(db: DataSource): Promise<void> {
    if (this.tables.length === 0) return;
    const restore = this.baseline.map((b) => `INSERT INTO ${b.table} SELECT * FROM ${b.copy};`).join('\n');
    await db.query(`
      BEGIN;
      SET LOCAL session_replication_role = replica;
      TRUNCATE ${this.tables.join(', ')} RESTART IDENTITY CASCADE;
      ${restore}
      COMMIT;`);
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
