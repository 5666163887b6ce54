import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { childFactLoader } from '../children/child-facts';
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

/** What the flags read of a child: the open period of care's start (null when not looked after) and the versions. */
export interface CarePlanFlagFacts {
  periodStart: string | null;
  versions: CarePlanFlagRow[];
}

/**
 * What the flags read, in one statement for every child asked: the open period's start (stored with the schedule,
 * reviews/stored-schedule.ts) and each version, oldest first, with when it was saved and its permanence plan, and
 * the actions of the current one only. The caseload asks for the flags of every child and never for the plan
 * itself, so it reads none of the plans' free text (docs/benchmarks.md#where-the-time-goes). Read with the child's
 * other facts in one statement (children/child-facts.ts).
 */
export function carePlanFlagFactsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'carePlanFlags');
}
