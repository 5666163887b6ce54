import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { HouseholdCarer } from './household-carer.entity';
import { Household } from './household.entity';
import { Provider } from './provider.entity';

export function householdById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Household | null>('Household', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Household).findBy({ id: In([...ids]) }), (h) => h.id),
  );
}

export function providerById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Provider | null>('Provider', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Provider).findBy({ id: In([...ids]) }), (p) => p.id),
  );
}

/** Each household's approved carer accounts, in a stable order. */
export function carersByHousehold(ctx: SubgraphContext) {
  return ctx.loaders.get<string, HouseholdCarer[]>('Household.carers', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(HouseholdCarer)
        .find({ where: { householdId: In([...ids]), approved: true }, order: { personId: 'ASC' } }),
      (c) => c.householdId,
    ),
  );
}
