import type { SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { PlacementChoices } from '../placements/placement-choices.resolver';
import { Household } from './household.entity';

@Resolver(() => PlacementChoices)
export class HouseholdChoicesResolver {
  /**
   * The households a child may be placed with: those with an approved carer. PlacementChoices is only given to
   * someone who may start a placement for the child, so a parent never reaches this list.
   */
  @FieldResolver(() => [Household], { description: 'Households with an approved carer, by name' })
  async households(@Ctx() ctx: SubgraphContext): Promise<Household[]> {
    return ctx.db
      .getRepository(Household)
      .createQueryBuilder('h')
      .where('EXISTS (SELECT 1 FROM placements.household_carers hc WHERE hc.household_id = h.id AND hc.approved)')
      .orderBy('h.name')
      .addOrderBy('h.id')
      .getMany();
  }
}
