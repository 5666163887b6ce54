import { type Action, type RelationshipKind, mayPerform } from '@lac/access';
import type { SubgraphContext } from './context';
import { notFound } from './errors';
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

/** An id that cannot exist: the policy still runs for it, so unknown and forbidden take the same path and time. */
const NO_CHILD = '00000000-0000-0000-0000-000000000000';

/**
 * The read step for a record reached by id (`child(id)`, `_entities`, a nested `review(id)`): load the row, ask the
 * policy, audit the read as `typeName`; otherwise null — exactly what an id with no row gives.
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
  return (await ctx.access.read(child.childId, typeName, child.localAuthorityId)) ? row : null;
}

/**
 * The write step: load the row, then ask whether the caller may perform `action` on its child. A missing row and a
 * forbidden one both throw `NOT_FOUND` with the same message (`${typeName} not found`), and the policy runs even
 * without a row, so neither the answer nor its path tells them apart.
 */
export async function loadForAction<R>(
  ctx: SubgraphContext,
  loader: RowLoader<R>,
  id: string,
  action: Action,
  typeName: string,
  childOf: ChildOf<R> = byChildId as unknown as ChildOf<R>,
): Promise<{ row: R; relationship: RelationshipKind }> {
  const row = isUuid(id) ? await loader.load(id) : null;
  const relationship = await ctx.access.relationshipTo(row ? childOf(row).childId : NO_CHILD);
  if (!row || !relationship || !mayPerform(relationship, action)) throw notFound(typeName);
  return { row, relationship };
}
