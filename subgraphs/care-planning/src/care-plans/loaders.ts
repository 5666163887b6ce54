import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import type { CarePlanFlagRow, CarePlanVersionRow } from './rows';
import { VERSION_COLUMNS } from './rows';

/**
 * Every version of the plan for each child asked for in a tick, oldest first, in one statement: the current
 * plan, the history, one version and the flags all read from it, so a caseload of any size costs one query.
 */
export function carePlanVersionsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, CarePlanVersionRow[]>('CarePlanVersion', async (ids) => {
    const rows: CarePlanVersionRow[] = await ctx.db.query(
      `SELECT ${VERSION_COLUMNS} FROM care_planning.care_plan_versions WHERE child_id = ANY($1::uuid[]) ORDER BY child_id, version_number`,
      [ids],
    );
    return groupByKey(ids, rows, (r) => r.child_id);
  });
}

/**
 * What the flags read of each version, oldest first: when it was saved and its permanence plan, and the actions of
 * the current one only. The caseload asks for the flags of every child and never for the plan itself, so it reads
 * none of the plans' free text (docs/benchmarks.md#where-the-time-goes).
 */
export function carePlanFlagRowsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, CarePlanFlagRow[]>('CarePlanVersion.flags', async (ids) => {
    const rows: CarePlanFlagRow[] = await ctx.db.query(
      `SELECT child_id, saved_at, permanence_plan,
              CASE WHEN version_number = max(version_number) OVER (PARTITION BY child_id) THEN actions END AS actions
         FROM care_planning.care_plan_versions WHERE child_id = ANY($1::uuid[]) ORDER BY child_id, version_number`,
      [ids],
    );
    return groupByKey(ids, rows, (r) => r.child_id);
  });
}
