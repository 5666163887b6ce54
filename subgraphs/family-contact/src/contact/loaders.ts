import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { ContactArrangementChange } from './arrangement-change.entity';
import { ContactArrangement } from './arrangement.entity';

/** Every arrangement of every child on a page in one statement, current first. */
export function arrangementsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ContactArrangement[]>('ContactArrangement.byChild', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ContactArrangement)
        .find({ where: { childId: In([...ids]) }, order: { startDate: 'DESC', id: 'ASC' } }),
      (a) => a.childId,
    ),
  );
}

export function historyByArrangement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ContactArrangementChange[]>('ContactArrangement.history', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ContactArrangementChange)
        .find({ where: { arrangementId: In([...ids]) }, order: { version: 'ASC' } }),
      (c) => c.arrangementId,
    ),
  );
}

export function arrangementById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ContactArrangement | null>('ContactArrangement.byId', async (ids) => {
    const rows = await ctx.db.getRepository(ContactArrangement).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });
}
