import { type CarePlanContent, DIMENSIONS } from './content';

const sameActions = (a: CarePlanContent['actions'], b: CarePlanContent['actions']): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i];
    return (
      x.description === y.description && x.concerns === y.concerns && x.owner === y.owner && x.dueDate === y.dueDate
    );
  });

/**
 * The parts of the plan that differ between two versions, named as a CONFLICT reports them: `permanencePlan`,
 * `parallelPlan`, `actions` (the list as a whole: order, additions and edits alike) and `arrangements.<DIMENSION>`.
 */
export function changedParts(before: CarePlanContent, after: CarePlanContent): string[] {
  const changed: string[] = [];
  if (before.permanencePlan !== after.permanencePlan) changed.push('permanencePlan');
  if (before.parallelPlan !== after.parallelPlan) changed.push('parallelPlan');
  if (!sameActions(before.actions, after.actions)) changed.push('actions');
  for (const d of DIMENSIONS) {
    if ((before.arrangements[d] ?? '') !== (after.arrangements[d] ?? '')) changed.push(`arrangements.${d}`);
  }
  return changed;
}
