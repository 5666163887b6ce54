import { Person, type SubgraphContext } from '@lac/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { IroOption } from './iro-option.type';
import { childForAction } from '../children/child-for-action';

@Resolver()
export class IroOptionsResolver {
  @Query(() => [IroOption], {
    description:
      'The IROs of the child’s local authority with their current caseload, for allocating one; only for those ' +
      'who may allocate the child’s IRO (otherwise the child is not found).',
  })
  async iroAllocationOptions(
    @Arg('childId', () => ID) childId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<IroOption[]> {
    const child = await childForAction(ctx, childId, 'allocate_iro');
    const rows: Array<{ id: string; display_name: string; caseload: number }> = await ctx.db.query(
      `SELECT p.id, p.display_name, count(a.id)::int AS caseload
         FROM access.people p
         LEFT JOIN care_planning.allocations a ON a.person_id = p.id AND a.role = 'iro' AND a.end_date IS NULL
        WHERE p.role = 'iro' AND p.local_authority_id = $1
        GROUP BY p.id, p.display_name
        ORDER BY p.display_name, p.id`,
      [child.localAuthorityId],
    );
    return rows.map((r) =>
      Object.assign(new IroOption(), {
        iro: Object.assign(new Person(), { id: r.id, displayName: r.display_name }),
        caseloadSize: r.caseload,
      }),
    );
  }
}
