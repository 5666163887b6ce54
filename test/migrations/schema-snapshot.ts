import type { DataSource } from 'typeorm';

/**
 * Everything a migration can change in the named schemas, as sorted text rows: relations (tables, views,
 * sequences, indexes), columns, constraints, index definitions, triggers (TRUNCATE ones included, which
 * information_schema leaves out), functions and types. TypeORM's own `migrations` table is left out: it records
 * runs, not the design. Whether an empty schema exists is left out too: services create theirs with IF NOT EXISTS
 * before migrating, and AuditSchema1795000000001's down (history, not rewritten) leaves an empty `audit` behind.
 */
export async function schemaSnapshot(db: DataSource, schemas: string[]): Promise<Record<string, string[]>> {
  const rows = async (sql: string): Promise<string[]> =>
    (await db.query<Array<{ row: string }>>(sql, [schemas])).map((r) => r.row).sort();
  return {
    relations: await rows(`
      SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text AS row
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relname NOT IN ('migrations', 'migrations_id_seq')
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
          WHERE i.indexrelid = c.oid AND t.relname = 'migrations')`),
    columns: await rows(`
      SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' '
        || is_nullable || ' ' || coalesce(column_default, '-') AS row
      FROM information_schema.columns WHERE table_schema = ANY($1) AND table_name <> 'migrations'`),
    constraints: await rows(`
      SELECT n.nspname || '.' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS row
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = ANY($1) AND c.conrelid::regclass::text NOT LIKE '%migrations'`),
    indexes: await rows(`
      SELECT indexdef AS row FROM pg_indexes WHERE schemaname = ANY($1) AND tablename <> 'migrations'`),
    triggers: await rows(`
      SELECT pg_get_triggerdef(t.oid) AS row
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND NOT t.tgisinternal`),
    functions: await rows(`
      SELECT pg_get_functiondef(p.oid) AS row
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY($1)`),
    types: await rows(`
      SELECT n.nspname || '.' || t.typname || ' ' || t.typtype::text || ' '
        || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '') AS row
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = ANY($1) AND t.typtype IN ('e', 'd')`),
  };
}

/** The tables of one schema, sorted, for the checks that name what a migration must leave behind. */
export async function tablesOf(db: DataSource, schema: string): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations' ORDER BY table_name`,
    [schema],
  );
  return rows.map((r) => r.table_name);
}
