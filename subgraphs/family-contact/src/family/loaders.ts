import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { FamilyMember } from './family-member.entity';

/** One statement for every child on a page: the caseload's statement count stays flat. */
export function familyMembersByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, FamilyMember[]>('FamilyMember.byChild', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(FamilyMember)
        .find({ where: { childId: In([...ids]) }, order: { relation: 'ASC', displayName: 'ASC' } }),
      (m) => m.childId,
    ),
  );
}

export function familyMemberById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, FamilyMember | null>('FamilyMember.byId', async (ids) => {
    const rows = await ctx.db.getRepository(FamilyMember).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });
}
