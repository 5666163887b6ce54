import type { QueryRunner } from 'typeorm';

/** `care_planning.review_views` → its schema and table, each checked to be a plain identifier (no quoting games). */
function split(qualified: string): { schema: string; table: string } {
  const match = /^([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)$/.exec(qualified);
  if (!match) throw new Error(`appendOnly needs schema.table in lower case, got ${qualified}`);
  return { schema: match[1], table: match[2] };
}

/** The names appendOnly creates for a table, so a test or a later migration can find them. */
export function appendOnlyNames(qualified: string): { fn: string; rowTrigger: string; truncateTrigger: string } {
  const { schema, table } = split(qualified);
  return {
    fn: `${schema}.${table}_refuse_change`,
    rowTrigger: `${table}_append_only`,
    truncateTrigger: `${table}_no_truncate`,
  };
}

/**
 * Makes a table append-only for every role, its owner included: UPDATE, DELETE and TRUNCATE raise. Records people
 * rely on (what was published, what was said, who read what) are corrected by appending, never by rewriting. Call
 * it in a migration's `up` after creating the table.
 */
export async function appendOnly(q: QueryRunner, qualified: string): Promise<void> {
  const names = appendOnlyNames(qualified);
  await q.query(`
      CREATE FUNCTION ${names.fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '${qualified} is append-only';
      END $$`);
  await q.query(`
      CREATE TRIGGER ${names.rowTrigger} BEFORE UPDATE OR DELETE ON ${qualified}
      FOR EACH ROW EXECUTE FUNCTION ${names.fn}()`);
  await q.query(`
      CREATE TRIGGER ${names.truncateTrigger} BEFORE TRUNCATE ON ${qualified}
      FOR EACH STATEMENT EXECUTE FUNCTION ${names.fn}()`);
}

/** appendOnly's `down`: removes the triggers and their function, leaving the table (drop it after, if the migration made it). */
export async function dropAppendOnly(q: QueryRunner, qualified: string): Promise<void> {
  const names = appendOnlyNames(qualified);
  await q.query(`DROP TRIGGER IF EXISTS ${names.truncateTrigger} ON ${qualified}`);
  await q.query(`DROP TRIGGER IF EXISTS ${names.rowTrigger} ON ${qualified}`);
  await q.query(`DROP FUNCTION ${names.fn}()`);
}
