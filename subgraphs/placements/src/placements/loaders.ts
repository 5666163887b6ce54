import { type SubgraphContext, byKey } from '@lac/subgraph-kit';
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
