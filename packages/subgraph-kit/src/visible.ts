import type { SubgraphContext } from './context';
import { isUuid } from './ids';

/** Anything that loads one row by id, null when there is none (a DataLoader, a repository call). */
export interface RowLoader<R> {
  load(id: string): Promise<R | null>;
}

/** Which child a row is about. Most rows carry `childId`; the Child itself passes `childItself`. */
export type ChildOf<R> = (row: R) => { childId: string; localAuthorityId?: string | null };

export const childItself: ChildOf<{ id: string; localAuthorityId: string | null }> = (child) => ({
  childId: child.id,
  localAuthorityId: child.localAuthorityId,
});

const byChildId: ChildOf<{ childId: string }> = (row) => ({ childId: row.childId });

/**
 * The read step for a record reached by id (`child(id)`, `_entities`): load the row, ask the policy, audit the read
 * as `typeName`; otherwise null — exactly what an id with no row gives. A refused read is audited as denied (the
 * caller sees nothing of it: the row is written with the others, before the response). Its write twin is
 * `loadForAction`.
 */
export async function loadVisible<R>(
  ctx: SubgraphContext,
  loader: RowLoader<R>,
  id: string,
  typeName: string,
  childOf: ChildOf<R> = byChildId as unknown as ChildOf<R>,
): Promise<R | null> {
  const row = isUuid(id) ? await loader.load(id) : null;
  if (!row) return null;
  const child = childOf(row);
  if (await ctx.access.read(child.childId, typeName, child.localAuthorityId)) return row;
  ctx.audit.denied(child.childId, typeName);
  return null;
}

/**
 * The `_entities` step for `Child` in a subgraph that knows the child by key only (placements, family-contact): the
 * child as `make(id)` for a caller related to them, otherwise null, as for an id that names no child. Not audited
 * here: each field read from it is (`@Related({ audit: true })`, `@Sensitive`).
 */
export function childReference<T>(make: (id: string) => T) {
  return async (reference: Record<string, unknown>, ctx: SubgraphContext): Promise<T | null> => {
    const id = typeof reference.id === 'string' ? reference.id : '';
    if (!isUuid(id)) return null;
    if (!(await ctx.access.relationshipTo(id))) return null;
    return make(id);
  };
}
