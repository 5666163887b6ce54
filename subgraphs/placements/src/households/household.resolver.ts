import { Person, Sensitive, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Placement } from '../placements/placement.entity';
import { APPROVAL_TYPE_WORDS } from './approval-type.enum';
import { Household } from './household.entity';
import { carersByHousehold, householdById, providerById } from './loaders';
import { Provider } from './provider.entity';

@Resolver(() => Placement)
export class PlacementHouseholdResolver {
  /**
   * Who the carers are, like the carer's name (`carer_identity`): never a birth parent, and a carer only their own
   * household's, so a carer of an earlier placement's household cannot be read by the next.
   */
  @FieldResolver(() => Household, {
    nullable: true,
    description: 'The household the child lives with; withheld from birth parents',
  })
  @Sensitive('carer_identity')
  async household(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Household | null> {
    return placement.householdId ? householdById(ctx).load(placement.householdId) : null;
  }
}

@Resolver(() => Household)
export class HouseholdResolver {
  @FieldResolver(() => String, { description: 'What the household is approved as, in words' })
  approvalTypeDescription(@Root() household: Household): string {
    return APPROVAL_TYPE_WORDS[household.approvalType];
  }

  @FieldResolver(() => Provider)
  async provider(@Root() household: Household, @Ctx() ctx: SubgraphContext): Promise<Provider> {
    return (await providerById(ctx).load(household.providerId))!;
  }

  @FieldResolver(() => [Person], { description: 'The household’s approved carer accounts' })
  async carers(@Root() household: Household, @Ctx() ctx: SubgraphContext): Promise<Person[]> {
    const carers = await carersByHousehold(ctx).load(household.id);
    const people = await Promise.all(carers.map((c) => personById(ctx).load(c.personId)));
    return people.filter((p): p is Person => p !== null);
  }
}
