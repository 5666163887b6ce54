import { type SubgraphContext, byKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { PlacementPlan } from './placement-plan.entity';

export function planByPlacement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, PlacementPlan | null>('PlacementPlan.byPlacement', async (ids) =>
    byKey(ids, await ctx.db.getRepository(PlacementPlan).findBy({ placementId: In([...ids]) }), (p) => p.placementId),
  );
}
