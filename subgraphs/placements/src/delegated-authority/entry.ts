import type { DecisionArea, DecisionHolder } from './areas';

/** One row of the matrix as stored (in a version's `entries`) and as the rules read it. */
export interface Entry {
  area: DecisionArea;
  holder: DecisionHolder;
  /** e.g. "Routine check-ups only; anything under anaesthetic goes to the social worker". */
  conditions: string | null;
  /** Who must be told after the decision (the social worker, the parent…). */
  tellWho: string | null;
  /** Required whenever the carer does not hold it: the recorded reason DOMAIN.md §4 asks for. */
  reasonNotDelegated: string | null;
  /** Under s.20 the parent keeps full parental responsibility: the date they agreed to this delegation. */
  parentAgreedOn: string | null;
}

const FIELDS = ['holder', 'conditions', 'tellWho', 'reasonNotDelegated', 'parentAgreedOn'] as const;

/** The areas whose row differs between two matrices, in the first matrix's order: what a CONFLICT names. */
export function changedAreas(before: readonly Entry[], after: readonly Entry[]): DecisionArea[] {
  const old = new Map(before.map((e) => [e.area, e]));
  const now = new Map(after.map((e) => [e.area, e]));
  const areas = [...new Set([...old.keys(), ...now.keys()])];
  return areas.filter((area) => {
    const a = old.get(area);
    const b = now.get(area);
    if (!a || !b) return true;
    return FIELDS.some((f) => a[f] !== b[f]);
  });
}

/** `rows` laid over `base` area by area; areas `rows` does not mention keep their row. */
export function mergeEntries(base: readonly Entry[], rows: readonly Entry[]): Entry[] {
  const replaced = new Map(rows.map((e) => [e.area, e]));
  const merged = base.map((e) => replaced.get(e.area) ?? e);
  for (const row of rows) if (!base.some((e) => e.area === row.area)) merged.push(row);
  return merged;
}
