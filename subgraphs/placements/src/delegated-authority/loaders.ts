import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { ChangeRequest } from './change-request.entity';
import { Confirmation } from './confirmation.entity';
import { Matrix } from './matrix.entity';
import { MatrixVersion } from './matrix-version.entity';

/** The current version of each placement's matrix, one statement for every placement asked in a tick. */
export function currentMatrixByPlacement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, MatrixVersion | null>('DelegatedAuthority.current', async (ids) => {
    const rows = await ctx.db
      .getRepository(MatrixVersion)
      .createQueryBuilder('v')
      .innerJoin(Matrix, 'h', 'h.placementId = v.placementId AND h.version = v.version')
      .where('v.placement_id IN (:...ids)', { ids: [...ids] })
      .getMany();
    return byKey(ids, rows, (r) => r.placementId);
  });
}

export function matrixHistoryByPlacement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, MatrixVersion[]>('DelegatedAuthority.history', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(MatrixVersion).find({
        where: { placementId: In([...ids]) },
        order: { version: 'DESC' },
      }),
      (r) => r.placementId,
    ),
  );
}

export function requestsByPlacement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ChangeRequest[]>('DelegatedAuthority.requests', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(ChangeRequest).find({
        where: { placementId: In([...ids]) },
        order: { requestedOn: 'DESC', createdAt: 'DESC' },
      }),
      (r) => r.placementId,
    ),
  );
}

export function confirmationsByPlacement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Confirmation[]>('DelegatedAuthority.confirmations', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(Confirmation).find({
        where: { placementId: In([...ids]) },
        order: { confirmedOn: 'DESC' },
      }),
      (r) => r.placementId,
    ),
  );
}
