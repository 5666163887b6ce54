import { type SubgraphContext, isUuid } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { currentPlacementByChild } from '../placements/loaders';
import { Placement } from '../placements/placement.entity';
import { ChildRef } from './child-ref.type';

@Resolver(() => ChildRef)
export class ChildRefResolver {
  @FieldResolver(() => Placement, { nullable: true, description: 'Where the child lives now.' })
  async currentPlacement(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<Placement | null> {
    if (!(await ctx.access.read(child.id, 'Child.currentPlacement'))) return null;
    return currentPlacementByChild(ctx).load(child.id);
  }
}

/** Every way into a child here goes through the policy, `_entities` included. */
export async function resolveChildReference(
  reference: Record<string, unknown>,
  ctx: SubgraphContext,
): Promise<ChildRef | null> {
  const id = typeof reference.id === 'string' ? reference.id : '';
  if (!isUuid(id)) return null;
  if (!(await ctx.access.relationshipTo(id))) return null;
  return Object.assign(new ChildRef(), { id });
}
