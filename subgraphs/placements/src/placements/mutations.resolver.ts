import {
  DateScalar,
  NO_CHILD,
  type SubgraphContext,
  isUuid,
  loadForAction,
  Idempotent,
  IdempotencyKey,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { Placement } from './placement.entity';
import { endPlacement, startPlacement } from './start-placement';

@InputType()
class AddressInput {
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field() town: string;
  @Field() postcode: string;
}

@InputType()
class StartPlacementInput {
  @Field(() => ID) childId: string;
  @Field(() => ID) carerPersonId: string;
  @Field({ description: 'SSDA903 placement type code' }) placementType: string;
  @Field(() => DateScalar, { description: 'Not after today' }) startDate: string;
  @Field(() => AddressInput) address: AddressInput;
}

@InputType()
class EndPlacementInput {
  @Field(() => ID) placementId: string;
  @Field(() => DateScalar, { description: 'Not after today, nor before the placement began' }) endDate: string;
}

@Resolver()
export class PlacementMutations {
  @Mutation(() => Placement)
  @Idempotent(Placement)
  async startPlacement(
    @Arg('input') input: StartPlacementInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Placement> {
    await ctx.access.mustPerform(isUuid(input.childId) ? input.childId : NO_CHILD, 'start_placement');
    return ctx.db.transaction((em) => startPlacement(em, input, ctx.today));
  }

  @Mutation(() => Placement)
  async endPlacement(@Arg('input') input: EndPlacementInput, @Ctx() ctx: SubgraphContext): Promise<Placement> {
    const { row: placement } = await loadForAction(
      ctx,
      'Placement',
      input.placementId,
      (id) => ctx.db.getRepository(Placement).findOneBy({ id }),
      (p) => p.childId,
      'end_placement',
    );
    return ctx.db.transaction((em) => endPlacement(em, placement, input.endDate, ctx.today));
  }
}
