import type { RecordOwner } from '@lac/access';
import type { SubgraphContext } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ChildRef } from '../children/child-ref.type';
import { currentPlacementOf } from '../placements/loaders';
import { currentMatrixByPlacement } from './loaders';
import { MatrixVersion } from './matrix-version.entity';

@Resolver(() => ChildRef)
export class DelegatedAuthorityChildResolver {
  /**
   * The label is checked here rather than with `@Sensitive` because who may see it depends on the row: a carer sees
   * the matrix of their own placement only (`carerOnlyOwn`), and the owner is that placement's carer.
   */
  @FieldResolver(() => MatrixVersion, {
    nullable: true,
    description:
      'Who may take which decisions about the child in their current placement; null when none is recorded or you may not see it.',
  })
  async delegatedAuthority(
    @Root() child: ChildRef,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MatrixVersion | null> {
    const placement = await currentPlacementOf(ctx, child.id);
    if (!placement) return null;
    if (!(await ctx.access.readSensitive(child.id, 'delegated_authority', info, placement.ownerPersonId))) return null;
    const version = await currentMatrixByPlacement(ctx).load(placement.id);
    return version ? withOwner(version, placement.ownerPersonId) : null;
  }
}

/** A copy carrying the placement's carer, so the fields below it can check a carer's own household. */
export function withOwner<T extends { ownerPersonId: RecordOwner }>(row: T, owner: RecordOwner): T {
  return Object.assign(Object.create(Object.getPrototypeOf(row) as object) as T, row, { ownerPersonId: owner });
}
