import { Person, Sensitive, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { describePlacementProvider, describePlacementType, describeReasonPlaceChange } from '@lac/statutory';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Address } from './address.type';
import { Placement } from './placement.entity';

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => String)
  placementTypeDescription(@Root() placement: Placement): string {
    return describePlacementType(placement.placementType) ?? placement.placementType;
  }

  @FieldResolver(() => String, { nullable: true })
  providerDescription(@Root() placement: Placement): string | null {
    return placement.providerCode ? (describePlacementProvider(placement.providerCode) ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  reasonForChangeDescription(@Root() placement: Placement): string | null {
    return placement.reasonForChange ? (describeReasonPlaceChange(placement.reasonForChange) ?? null) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The carer; withheld from birth parents.' })
  @Sensitive('carer_identity')
  async carer(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return placement.carerPersonId ? personById(ctx).load(placement.carerPersonId) : null;
  }

  @FieldResolver(() => Address, {
    nullable: true,
    description: 'Only the IRO, the social worker and that carer see it.',
  })
  @Sensitive('placement_address')
  address(@Root() placement: Placement): Address {
    return Object.assign(new Address(), {
      line1: placement.addressLine1,
      line2: placement.addressLine2,
      town: placement.town,
      postcode: placement.postcode,
    });
  }
}
