import type { SubgraphContext } from '@lac/subgraph-kit';
import type { ChildPage } from './child-page.type';
import type { Child } from './child.entity';
import { CHILD_COLUMNS, childById, toChild } from './loaders';
import { visibleChild } from './visible';
import { JOINED_SETTINGS, primeSettings } from '../settings/settings';

export interface ChildListScope {
  childIds: string[];
  localAuthorityId: string | null;
}

/**
 * A page of children, scoped in SQL to the ids the caller is related to (and, for a manager, their local
 * authority), then passed one by one through the policy so every child returned is audited.
 */
export async function listChildren(
  ctx: SubgraphContext,
  scope: ChildListScope,
  page: { take: number; skip: number },
  what: string,
): Promise<ChildPage> {
  if (scope.childIds.length === 0 && scope.localAuthorityId === null) return { totalCount: 0, items: [] };
  // The page and the total in one statement (count(*) OVER () is taken before LIMIT); only a page past the end,
  // which has no row to carry the total, needs a second statement to count.
  const where = scope.localAuthorityId
    ? 'c.id = ANY($1::uuid[]) OR c.local_authority_id = $2::uuid'
    : 'c.id = ANY($1::uuid[])';
  const params: unknown[] = scope.localAuthorityId ? [scope.childIds, scope.localAuthorityId] : [scope.childIds];
  const n = params.length;
  // The authority's settings ride on each row (JOINED_SETTINGS): the page's next reviews and counts read them.
  const rows: Array<Child & { totalCount: number; laSettings: unknown[] }> = await ctx.db.query(
    `SELECT ${CHILD_COLUMNS}, ${JOINED_SETTINGS.column}, count(*) OVER ()::int AS "totalCount"
       FROM care_planning.children c ${JOINED_SETTINGS.join} WHERE ${where}
      ORDER BY c.family_name, c.given_name, c.id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, page.take, page.skip],
  );
  const totalCount =
    rows.length > 0
      ? rows[0].totalCount
      : page.skip === 0
        ? 0
        : (
            await ctx.db.query<Array<{ n: number }>>(
              `SELECT count(*)::int AS n FROM care_planning.children c WHERE ${where}`,
              params,
            )
          )[0].n;
  const loader = childById(ctx);
  const items: Child[] = [];
  for (const { totalCount: _, ...columns } of rows) {
    const row = toChild(primeSettings(ctx, columns));
    loader.prime(row.id, row);
    const visible = await visibleChild(ctx, row, what);
    if (visible) items.push(visible);
  }
  return { totalCount, items };
}
