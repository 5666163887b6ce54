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

/** What the flags read of a child: the open period of care's start (null when not looked after) and the versions. */
export interface CarePlanFlagFacts {
  periodStart: string | null;
  versions: CarePlanFlagRow[];
}

/**
 * What the flags read, in one statement for every child asked: the open period's start (stored with the schedule,
 * reviews/stored-schedule.ts) and each version, oldest first, with when it was saved and its permanence plan, and
 * the actions of the current one only. The caseload asks for the flags of every child and never for the plan
 * itself, so it reads none of the plans' free text (docs/benchmarks.md#where-the-time-goes).
 */
export function carePlanFlagFactsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, CarePlanFlagFacts>('CarePlanVersion.flagFacts', async (ids) => {
    const rows: Array<{ child_id: string; period_start: string | null } & Partial<CarePlanFlagRow>> =
      await ctx.db.query(
        `SELECT ids.child_id, s.period_start::text AS period_start, v.saved_at, v.permanence_plan,
                CASE WHEN v.version_number = max(v.version_number) OVER (PARTITION BY ids.child_id)
                     THEN v.actions END AS actions
           FROM unnest($1::uuid[]) AS ids (child_id)
           LEFT JOIN care_planning.review_schedule s ON s.child_id = ids.child_id
           LEFT JOIN care_planning.care_plan_versions v ON v.child_id = ids.child_id
          ORDER BY ids.child_id, v.version_number`,
        [ids],
      );
    return groupByKey(ids, rows, (r) => r.child_id).map((childRows) => ({
      periodStart: childRows[0]?.period_start ?? null,
      versions: childRows.flatMap((r) =>
        r.saved_at
          ? [
              {
                child_id: r.child_id,
                saved_at: r.saved_at,
                permanence_plan: r.permanence_plan ?? null,
                actions: r.actions ?? null,
              },
            ]
          : [],
      ),
    }));
  });
}
