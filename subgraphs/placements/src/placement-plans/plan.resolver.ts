import { Sensitive, type SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Placement } from '../placements/placement.entity';
import { planByPlacement } from './loaders';
import { PlacementPlanDue, planDue } from './plan-due';
import { PlacementPlan } from './placement-plan.entity';

@Resolver(() => Placement)
export class PlacementPlanFields {
  @FieldResolver(() => PlacementPlan, { nullable: true, description: 'The placement plan, once written' })
  @Sensitive('placement_plan')
  async placementPlan(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<PlacementPlan | null> {
    const plan = await planByPlacement(ctx).load(placement.id);
    return plan ? Object.assign(plan, { ownerPersonId: placement.ownerPersonId }) : null;
  }

  @FieldResolver(() => PlacementPlanDue, {
    nullable: true,
    description: 'When the plan had to be agreed (before or within 5 working days of the start), and whether it was',
  })
  @Sensitive('placement_plan')
  async placementPlanDue(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<PlacementPlanDue> {
    const agreedOn =
      placement.planAgreedOn !== undefined
        ? placement.planAgreedOn
        : ((await planByPlacement(ctx).load(placement.id))?.agreedOn ?? null);
    return planDue(placement.startDate, agreedOn, ctx.today);
  }
}
