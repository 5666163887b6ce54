import {
  DateScalar,
  Idempotent,
  IdempotencyKey,
  NO_CHILD,
  type SubgraphContext,
  conflict,
  isUuid,
  loadForAction,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, Float, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { Placement } from './placement.entity';
import { endPlacement, startPlacement, type NewPlacement } from './start-placement';
import { VisitRegime } from './visit-regime.enum';

@InputType()
class AddressInput {
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field() town: string;
  @Field() postcode: string;
}

@InputType()
class NewPlacementFields {
  @Field(() => ID, { nullable: true, description: 'The household the child will live with; or give carerPersonId' })
  householdId?: string | null;
  @Field(() => ID, { nullable: true, description: 'One carer: the placement is with their household' })
  carerPersonId?: string | null;
  @Field({ description: 'SSDA903 placement type code' }) placementType: string;
  @Field(() => String, {
    nullable: true,
    description: 'SSDA903 placement provider code (PR0-PR5); leave out only for a temporary placement',
  })
  providerCode?: string | null;
  @Field(() => DateScalar, { description: 'Not after today' }) startDate: string;
  @Field(() => AddressInput) address: AddressInput;
  @Field(() => Float, { nullable: true, description: "Kilometres from the child's home address" })
  distanceFromHomeKm?: number | null;
  @Field({ nullable: true, description: 'Meant to last until the child is 18 (reg 28 visit intervals)' })
  intendedUntilEighteen?: boolean;
  @Field(() => VisitRegime, { nullable: true, description: 'Defaults to STANDARD' })
  visitRegime?: VisitRegime;
}

@InputType()
class StartPlacementInput extends NewPlacementFields {
  @Field(() => ID) childId: string;
}

@InputType({ description: 'A move: the current placement ends the day the new one starts.' })
class ChangePlacementInput extends NewPlacementFields {
  @Field(() => ID, { description: 'The current placement, as the caller saw it' }) placementId: string;
  @Field({ description: 'SSDA903 reason for placement change (CARPL, CLOSE, ...)' }) reasonForChange: string;
}

@InputType()
class EndPlacementInput {
  @Field(() => ID) placementId: string;
  @Field(() => DateScalar, { description: 'Not after today, nor before the placement began' }) endDate: string;
  @Field({ description: 'SSDA903 reason the placement ended (REASON_PLACE_CHANGE: CARPL, CLOSE, ...)' })
  reasonForChange: string;
}

function fields(input: NewPlacementFields): Omit<NewPlacement, 'childId'> {
  return {
    householdId: input.householdId ?? null,
    carerPersonId: input.carerPersonId ?? null,
    placementType: input.placementType,
    providerCode: input.providerCode ?? null,
    startDate: input.startDate,
    address: input.address,
    distanceFromHomeKm: input.distanceFromHomeKm ?? null,
    intendedUntilEighteen: input.intendedUntilEighteen ?? false,
    visitRegime: input.visitRegime ?? VisitRegime.STANDARD,
  };
}

/** Two starts at once both pass their checks; the one-current-placement index refuses the second. */
async function withoutRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw conflict('Someone else started a placement for this child at the same time. Reload and check.', [
        'currentPlacement',
      ]);
    }
    throw error;
  }
}

@Resolver()
export class PlacementMutations {
  @Mutation(() => Placement, {
    description: 'A first placement, or one after the last ended; a move is changePlacement',
  })
  @Idempotent(Placement)
  async startPlacement(
    @Arg('input') input: StartPlacementInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Placement> {
    await ctx.access.mustPerform(isUuid(input.childId) ? input.childId : NO_CHILD, 'start_placement');
    const placement = {
      childId: input.childId,
      ...fields(input),
      move: { expectedCurrentId: null, reasonForChange: null },
    };
    return withoutRace(() => ctx.db.transaction((em) => startPlacement(em, placement, ctx.today)));
  }

  @Mutation(() => Placement, { description: 'Ends the current placement with a reason and starts the next' })
  async changePlacement(@Arg('input') input: ChangePlacementInput, @Ctx() ctx: SubgraphContext): Promise<Placement> {
    const { row: current } = await loadForAction(
      ctx,
      'Placement',
      input.placementId,
      (id) => ctx.db.getRepository(Placement).findOneBy({ id }),
      (p) => p.childId,
      'start_placement',
    );
    const placement = {
      childId: current.childId,
      ...fields(input),
      move: { expectedCurrentId: current.id, reasonForChange: input.reasonForChange },
    };
    return withoutRace(() => ctx.db.transaction((em) => startPlacement(em, placement, ctx.today)));
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
    return ctx.db.transaction((em) => endPlacement(em, placement, input.endDate, ctx.today, input.reasonForChange));
  }
}
