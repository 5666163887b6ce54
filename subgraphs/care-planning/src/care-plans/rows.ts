import { londonToday } from '@lac/access';
import { type CarePlanContent, DIMENSIONS } from './content';
import { CarePlanVersion } from './care-plan.types';

/** A row of care_planning.care_plan_versions as pg returns it. */
export interface CarePlanVersionRow {
  child_id: string;
  version_number: number;
  permanence_plan: CarePlanContent['permanencePlan'];
  parallel_plan: CarePlanContent['parallelPlan'];
  actions: CarePlanContent['actions'];
  arrangements: CarePlanContent['arrangements'];
  saved_by: string;
  saved_at: Date;
}

/** What the flags read of a version (`carePlanFlagRowsByChild`): `actions` only on the current version. */
export interface CarePlanFlagRow {
  child_id: string;
  saved_at: Date;
  permanence_plan: CarePlanContent['permanencePlan'];
  actions: CarePlanContent['actions'] | null;
}

export const VERSION_COLUMNS =
  'child_id, version_number, permanence_plan, parallel_plan, actions, arrangements, saved_by, saved_at';

export function contentOf(row: CarePlanVersionRow): CarePlanContent {
  return {
    permanencePlan: row.permanence_plan,
    parallelPlan: row.parallel_plan,
    actions: row.actions,
    arrangements: row.arrangements,
  };
}

// The same versions are read on every caseload, and the date in England of an instant never changes: remembered by
// instant (bounded), since formatting one in London's zone was about 1% of care-planning's CPU on the caseload.
const savedOnByInstant = new Map<number, string>();

/** The date in England the version was saved: statutory days turn over at midnight in London. */
export function savedOn(row: Pick<CarePlanVersionRow, 'saved_at'>): string {
  const instant = row.saved_at.getTime();
  const known = savedOnByInstant.get(instant);
  if (known !== undefined) return known;
  if (savedOnByInstant.size >= 10_000) savedOnByInstant.clear();
  const date = londonToday(row.saved_at);
  savedOnByInstant.set(instant, date);
  return date;
}

export function toCarePlanVersion(row: CarePlanVersionRow): CarePlanVersion {
  return Object.assign(new CarePlanVersion(), {
    childId: row.child_id,
    savedById: row.saved_by,
    savedBy: null,
    number: row.version_number,
    savedAt: row.saved_at.toISOString(),
    permanencePlan: row.permanence_plan,
    parallelPlan: row.parallel_plan,
    actions: row.actions.map((a) => ({ ...a, dueDate: a.dueDate ?? null })),
    arrangements: DIMENSIONS.map((dimension) => ({ dimension, text: row.arrangements[dimension] ?? null })),
  });
}
