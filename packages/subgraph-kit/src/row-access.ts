import type { Action, RelationshipKind } from '@lac/access';
import { GraphQLError } from 'graphql';
import type { SubgraphContext } from './context';
import { notFound } from './errors';
import { isUuid } from './ids';

/** Asked of the policy when there is no row, so an unknown id costs the same statements as a forbidden one. */
export const NO_CHILD = '00000000-0000-0000-0000-000000000000';

/**
 * The step before every write to a row about a child: load the row, ask the policy whether the caller may perform
 * `action` for that row's child, and otherwise answer "<what> not found", byte for byte what a missing row answers.
 * The policy runs even when there is no row, so neither the answer nor its cost tells the two apart.
 */
export async function loadForAction<R>(
  ctx: SubgraphContext,
  what: string,
  id: string,
  load: (id: string) => Promise<R | null>,
  childIdOf: (row: R) => string,
  action: Action,
): Promise<{ row: R; relationship: RelationshipKind }> {
  const row = isUuid(id) ? await load(id) : null;
  let relationship: RelationshipKind;
  try {
    relationship = await ctx.access.mustPerform(row ? childIdOf(row) : NO_CHILD, action);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') throw notFound(what);
    throw error;
  }
  if (!row) throw notFound(what);
  return { row, relationship };
}
