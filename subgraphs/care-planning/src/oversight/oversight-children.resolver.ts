import { oversightScope } from '@lac/access';
import { parseIsoDate } from '@lac/statutory';
import { Person, type SubgraphContext, isUuid } from '@lac/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { Child } from '../children/child.entity';
import { childById } from '../children/loaders';
import { visibleChild } from '../children/visible';
import { loadOversightFacts } from './load-oversight';
import { childrenBehind } from './oversight-figures';
import { OversightChildren, OversightFigure, OversightFigureChild } from './oversight-children.type';

const byName = (a: Child, b: Child) =>
  a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName) || a.id.localeCompare(b.id);

@Resolver(() => OversightChildren)
export class OversightChildrenResolver {
  @Query(() => OversightChildren, {
    nullable: true,
    description:
      'The children counted in one of your oversight figures, for the whole authority or one IRO; null unless you ' +
      'oversee the authority’s IROs, or when the IRO is not one of the authority’s. What you see of each child ' +
      'is still the policy’s, and each child read is audited.',
  })
  async oversightChildren(
    @Arg('figure', () => OversightFigure) figure: OversightFigure,
    @Arg('iroId', () => ID, { nullable: true }) iroId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OversightChildren | null> {
    const localAuthorityId = oversightScope(ctx.actor);
    if (!localAuthorityId) return null;
    if (iroId !== null && (!isUuid(iroId) || figure === OversightFigure.UNALLOCATED)) return null;
    const facts = await loadOversightFacts(ctx.db, localAuthorityId, ctx.today);
    const iro = iroId === null ? null : facts.iros.find((i) => i.id === iroId);
    // An IRO the oversight page does not show is treated as no IRO at all.
    if (iro === undefined) return null;
    const behind = childrenBehind(facts.children, figure, iroId, parseIsoDate(ctx.today), {
      additionalReviewRestartsCycle: facts.settings.additionalReviewRestartsCycle,
    });
    const amounts = new Map(behind.map((b) => [b.childId, b.amount]));
    const rows = amounts.size ? await ctx.db.getRepository(Child).findBy({ id: In([...amounts.keys()]) }) : [];
    const loader = childById(ctx);
    const children: OversightFigureChild[] = [];
    // Each child passes through the policy (and its audit) like any other list of children.
    for (const row of rows.sort(byName)) {
      loader.prime(row.id, row);
      const child = await visibleChild(ctx, row, 'Child (oversight figure)');
      if (child) children.push(Object.assign(new OversightFigureChild(), { child, amount: amounts.get(row.id)! }));
    }
    return Object.assign(new OversightChildren(), {
      figure,
      iro: iro ? Object.assign(new Person(), { id: iro.id, displayName: iro.displayName }) : null,
      count: children.reduce((n, c) => n + c.amount, 0),
      children,
    });
  }
}
