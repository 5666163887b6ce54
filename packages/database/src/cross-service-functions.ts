import { serviceRole } from './roles';

/**
 * A function one service's schema offers another service's role: its only way into that schema (no table, no
 * other function). Listed here, not granted in the offering service's migration, because the services migrate in
 * any order and a role may be created after a schema: the owner grants every entry after every migration run,
 * once both the function and the role exist.
 */
export interface CrossServiceFunction {
  /** The function with its argument types, as `regprocedure` reads it. */
  signature: string;
  /** The schema it lives in (its USAGE is granted with it). */
  schema: string;
  /** The services whose roles may call it. */
  callers: readonly string[];
}

export const CROSS_SERVICE_FUNCTIONS: readonly CrossServiceFunction[] = [
  // Placements publishes each child's last placement change to care-planning's review schedule (decision 0026).
  {
    signature: 'care_planning.record_placement_changes(uuid[], date[])',
    schema: 'care_planning',
    callers: ['placements'],
  },
];

/** Grants each listed function to its callers' roles where both exist; run by the owner after the migrations. */
export async function grantCrossServiceFunctions(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  functions: readonly CrossServiceFunction[] = CROSS_SERVICE_FUNCTIONS,
): Promise<void> {
  for (const fn of functions) {
    if (!/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*\([a-z0-9_[\], ]*\)$/.test(fn.signature))
      throw new Error(`Unsafe function signature: ${fn.signature}`);
    if (!fn.signature.startsWith(`${fn.schema}.`)) throw new Error(`${fn.signature} is not in ${fn.schema}`);
    for (const caller of fn.callers) {
      const role = serviceRole(caller);
      const [ready] = (await db.query(
        `SELECT to_regprocedure($1) IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $2) AS ready`,
        [fn.signature, role],
      )) as Array<{ ready: boolean }>;
      if (!ready.ready) continue;
      await db.query(`GRANT USAGE ON SCHEMA ${fn.schema} TO ${role}`);
      await db.query(`GRANT EXECUTE ON FUNCTION ${fn.signature} TO ${role}`);
    }
  }
}
