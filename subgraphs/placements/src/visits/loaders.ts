import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { SocialWorkerVisit } from './visit.entity';

export function visitsByPlacement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, SocialWorkerVisit[]>('SocialWorkerVisit.byPlacement', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(SocialWorkerVisit)
        .find({ where: { placementId: In([...ids]) }, order: { visitedOn: 'DESC' } }),
      (v) => v.placementId,
    ),
  );
}
