import type { SubgraphContext } from '@lac/subgraph-kit';
import { Brackets } from 'typeorm';
import type { ChildPage } from './child-page.type';
import { Child } from './child.entity';
import { childById } from './loaders';
import { visibleChild } from './visible';

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
  const query = ctx.db
    .getRepository(Child)
    .createQueryBuilder('c')
    .where(
      new Brackets((w) => {
        w.where('c.id = ANY(:ids::uuid[])', { ids: scope.childIds });
        if (scope.localAuthorityId) w.orWhere('c.local_authority_id = :la', { la: scope.localAuthorityId });
      }),
    )
    .orderBy('c.family_name', 'ASC')
    .addOrderBy('c.given_name', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .take(page.take)
    .skip(page.skip);
  const [rows, totalCount] = await query.getManyAndCount();
  const loader = childById(ctx);
  const items: Child[] = [];
  for (const row of rows) {
    loader.prime(row.id, row);
    const visible = await visibleChild(ctx, row, what);
    if (visible) items.push(visible);
  }
  return { totalCount, items };
}
