import type { SensitiveLabel } from '@lac/access';
import type { FieldInfo, SubgraphContext } from '@lac/subgraph-kit';

/**
 * A list whose rows belong to different family members (a parent sees only their own): each row asks the policy with
 * its owner, under the field's label, so the list a caller gets is exactly the rows they may see, and a caller who may
 * see none gets [] as for a child with none.
 */
export async function visibleRows<R extends { childId: string; ownerPersonId: string | null }>(
  ctx: SubgraphContext,
  rows: readonly R[],
  label: SensitiveLabel,
  info: FieldInfo,
): Promise<R[]> {
  const allowed = await Promise.all(rows.map((r) => ctx.access.readSensitive(r.childId, label, info, r.ownerPersonId)));
  return rows.filter((_, i) => allowed[i]);
}
