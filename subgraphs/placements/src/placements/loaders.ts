import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import type { Placement } from './placement.entity';
import { placementRowsOf } from './placement-rows';

/**
 * Every placement of each child, newest first. The history, the stability figures, the last placement change and
 * the current placement all read it, so a page asking for any of them costs one statement.
 */
export function placementsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Placement[]>('Placement.byChild', async (ids) =>
    groupByKey(ids, await placementRowsOf(ctx, ids), (p) => p.childId),
  );
}

/** The child's open placement (at most one: the `placements_one_current` index), from the same read as the history. */
export async function currentPlacementOf(ctx: SubgraphContext, childId: string): Promise<Placement | null> {
  const placements = await placementsByChild(ctx).load(childId);
  return placements.find((p) => p.endDate === null) ?? null;
}
