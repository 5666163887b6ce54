import { DateScalar, Related, type SubgraphContext, childReference } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { currentPlacementOf, placementsByChild } from '../placements/loaders';
import { lastChange, stabilityOf } from '../placements/stability';
import { PlacementStability } from '../placements/stability.type';
import type { IsoDate } from '@lac/statutory';
import { Placement } from '../placements/placement.entity';
import { ChildRef } from './child-ref.type';

@Resolver(() => ChildRef)
export class ChildRefResolver {
  @FieldResolver(() => Placement, { nullable: true, description: 'Where the child lives now.' })
  @Related({ audit: true })
  async currentPlacement(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<Placement | null> {
    return currentPlacementOf(ctx, child.id);
  }

  @FieldResolver(() => [Placement], { description: 'Every placement of the child, newest first' })
  @Related({ audit: true })
  async placements(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<Placement[]> {
    return placementsByChild(ctx).load(child.id);
  }

  /**
   * A placement change is one of the triggers for a review (DOMAIN.md §1.1, reg 32(2): no significant change
   * without a review): the start of the newest placement that followed another, the first placement excluded.
   * Care-planning's schedule no longer reads it here: placements publishes the same fact into care-planning's
   * table in the transaction of each write (`publish_placement_changes`, docs/decisions/0026).
   */
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'When the child last moved from one placement to another; none before a second placement',
  })
  @Related({ audit: true })
  async lastPlacementChange(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return lastChange(await placementsByChild(ctx).load(child.id));
  }

  @FieldResolver(() => PlacementStability, {
    nullable: true,
    description: 'Placements in the last 12 months and the length of the current one',
  })
  @Related({ audit: true })
  async placementStability(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<PlacementStability | null> {
    const figures = stabilityOf(await placementsByChild(ctx).load(child.id), ctx.today as IsoDate);
    return Object.assign(new PlacementStability(), figures);
  }
}

/** Every way into a child here goes through the policy, `_entities` included. */
export const resolveChildReference = childReference((id) => Object.assign(new ChildRef(), { id }));
