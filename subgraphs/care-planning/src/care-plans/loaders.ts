import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import type { CarePlanVersionRow } from './rows';
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
