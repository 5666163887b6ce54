import { maySeeField, ownContactRelationship } from '@lac/access';
import type { SubgraphContext } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { ContactArrangement } from './arrangement.entity';

@Resolver()
export class MyContactArrangementsResolver {
  /**
   * The arrangements made with the signed-in family member. A parent with parental responsibility reaches them
   * through their relationship to the child; one without it has no relationship, and the policy's
   * `ownContactRelationship` lets them see only these, their own, and nothing else of the child.
   */
  @Query(() => [ContactArrangement], {
    description: 'The contact arrangements made with you as a family member, newest first.',
  })
  async myContactArrangements(
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContactArrangement[]> {
    const rows = await ctx.db
      .getRepository(ContactArrangement)
      .find({ where: { memberPersonId: ctx.access.actor.personId }, order: { startDate: 'DESC', id: 'ASC' } });
    const visible: ContactArrangement[] = [];
    for (const row of rows) {
      if (await ctx.access.readSensitive(row.childId, 'contact_arrangements', info, row.ownerPersonId)) {
        visible.push(row);
        continue;
      }
      const own = ownContactRelationship(ctx.access.actor, row.ownerPersonId);
      if (own && maySeeField(ctx.access.actor, own, 'contact_arrangements', row.ownerPersonId)) {
        ctx.audit.read(row.childId, own, 'Query.myContactArrangements');
        visible.push(row);
      }
    }
    return visible;
  }
}
