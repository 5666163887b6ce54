import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In, IsNull } from 'typeorm';
import { Placement } from './placement.entity';

export function currentPlacementByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Placement | null>('Placement.current', async (ids) =>
    byKey(
      ids,
      await ctx.db.getRepository(Placement).findBy({ childId: In([...ids]), endDate: IsNull() }),
      (p) => p.childId,
    ),
  );
}

/** Every placement of each child, newest first: the history and the stability figures share one query. */
export function placementsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Placement[]>('Placement.byChild', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(Placement).find({ where: { childId: In([...ids]) }, order: { startDate: 'DESC' } }),
      (p) => p.childId,
    ),
  );
}
