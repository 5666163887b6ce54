import { mayPerform } from '@lac/access';
import { Person, type SubgraphContext } from '@lac/subgraph-kit';
import {
  PLACEMENT_PROVIDER_CODES,
  REASON_PLACE_CHANGE_CODES,
  type IsoDate,
  collectionYearOf,
  describePlacementProvider,
  describePlacementType,
  describeReasonPlaceChange,
  placementTypeCodesFor,
} from '@lac/statutory';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { ChildRef } from '../children/child-ref.type';

@ObjectType({ description: 'One SSDA903 code a placement form offers, with what it means.' })
export class PlacementCode {
  @Field() code: string;
  @Field() description: string;
}

@ObjectType({
  description: 'What the start and change placement forms offer: the codes valid today and the approved carers.',
})
export class PlacementChoices {
  @Field(() => [PlacementCode], { description: 'SSDA903 placement types valid in the current collection year' })
  placementTypes: PlacementCode[];
  @Field(() => [PlacementCode], { description: 'SSDA903 placement providers (PR0-PR5)' })
  providers: PlacementCode[];
  @Field(() => [PlacementCode], { description: 'SSDA903 reasons for a placement change' })
  reasonsForChange: PlacementCode[];
  @Field(() => [Person], { description: 'Approved carers a child may be placed with' })
  carers: Person[];
}

const list = (codes: readonly string[], describe: (c: string) => string | undefined): PlacementCode[] =>
  codes.map((code) => Object.assign(new PlacementCode(), { code, description: describe(code) ?? code }));

@Resolver(() => ChildRef)
export class PlacementChoicesResolver {
  /**
   * Only for someone who may start a placement for this child (the relationship, not the role: docs/security.md):
   * the list of carers names people a birth parent must never be told of, so anyone else gets null.
   */
  @FieldResolver(() => PlacementChoices, {
    nullable: true,
    description: 'The choices for starting or changing this child’s placement; null unless you may start one',
  })
  async placementChoices(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<PlacementChoices | null> {
    const relationship = await ctx.access.relationshipTo(child.id);
    if (!relationship || !mayPerform(relationship, 'start_placement')) return null;
    const carers: Array<{ id: string; display_name: string }> = await ctx.db.query(
      `SELECT id, display_name FROM access.people WHERE role = 'foster_carer' ORDER BY display_name, id`,
    );
    return Object.assign(new PlacementChoices(), {
      placementTypes: list(placementTypeCodesFor(collectionYearOf(ctx.today as IsoDate)), describePlacementType),
      providers: list(PLACEMENT_PROVIDER_CODES, describePlacementProvider),
      reasonsForChange: list(REASON_PLACE_CHANGE_CODES, describeReasonPlaceChange),
      carers: carers.map((c) => Object.assign(new Person(), { id: c.id, displayName: c.display_name })),
    });
  }
}
