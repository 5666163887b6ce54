import { DateScalar, type SubgraphContext, loadForAction } from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Placement } from '../placements/placement.entity';
import { PlacementPlan } from './placement-plan.entity';
import { savePlacementPlan } from './save-plan';

@InputType({ description: 'The whole plan as the social worker writes it (DOMAIN.md §2.2)' })
class SavePlacementPlanInput {
  @Field(() => ID) placementId: string;
  @Field(() => Int, { description: 'The version you read; 0 when there is no plan yet' }) expectedVersion: number;
  @Field(() => DateScalar, { nullable: true, description: 'When it was agreed with the carer; not after today' })
  agreedOn?: string | null;
  @Field() dayToDayCare: string;
  @Field() contactArrangements: string;
  @Field() healthCare: string;
  @Field() education: string;
  @Field(() => String, { nullable: true }) school?: string | null;
  @Field() visitsAndSupport: string;
  @Field() endingArrangements: string;
  @Field() finances: string;
}

@Resolver()
export class PlacementPlanMutations {
  @Mutation(() => PlacementPlan)
  async savePlacementPlan(
    @Arg('input') input: SavePlacementPlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PlacementPlan> {
    const { row: placement } = await loadForAction(
      ctx,
      'Placement',
      input.placementId,
      (id) => ctx.db.getRepository(Placement).findOneBy({ id }),
      (p) => p.childId,
      'record_placement_plan',
    );
    const saved = await ctx.db.transaction((em) =>
      savePlacementPlan(
        em,
        placement,
        { ...input, agreedOn: input.agreedOn ?? null, school: input.school ?? null },
        ctx.actor.personId,
        ctx.today,
      ),
    );
    return Object.assign(saved, { ownerPersonId: placement.ownerPersonId });
  }
}
