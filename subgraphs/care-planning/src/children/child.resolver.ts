import { childScope } from '@lac/access';
import { Person, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LegalStatus } from '../legal-status/legal-status.entity';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { NextReview, computeNextReview } from '../reviews/next-review';
import { Review } from '../reviews/review.entity';
import { settingsByLocalAuthority } from '../settings/settings';
import { ChildPage } from './child-page.type';
import { Child } from './child.entity';
import { listChildren } from './list-children';
import {
  childById,
  currentAllocationsByChild,
  legalStatusesByChild,
  localAuthorityById,
  periodsByChild,
  reviewsByChild,
} from './loaders';
import { LocalAuthority } from './local-authority.entity';
import { PageArgs, checkPage } from './paging';
import { RelationshipKind, toRelationshipEnum } from './relationship.enum';
import { isUuid, relationshipOrNull, visibleChild } from './visible';

@Resolver(() => Child)
export class ChildResolver {
  @Query(() => Child, { nullable: true, description: 'A child you have a relationship with; null otherwise.' })
  async child(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Child | null> {
    if (!isUuid(id)) return null;
    return visibleChild(ctx, await childById(ctx).load(id), 'Child');
  }

  @Query(() => ChildPage, { description: 'The children you have a relationship with.' })
  async children(@Args() page: PageArgs, @Ctx() ctx: SubgraphContext): Promise<ChildPage> {
    return listChildren(ctx, childScope(ctx.actor), checkPage(page), 'Child');
  }

  @FieldResolver(() => RelationshipKind, { description: 'How you stand to this child.' })
  async relationship(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<RelationshipKind | null> {
    const kind = await relationshipOrNull(ctx, child);
    return kind ? toRelationshipEnum(kind) : null;
  }

  @FieldResolver(() => LocalAuthority)
  async localAuthority(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<LocalAuthority | null> {
    if (!(await relationshipOrNull(ctx, child))) return null;
    return localAuthorityById(ctx).load(child.localAuthorityId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The allocated Independent Reviewing Officer.' })
  async iro(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return this.allocated(child, ctx, 'iro');
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The allocated social worker.' })
  async socialWorker(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return this.allocated(child, ctx, 'social_worker');
  }

  @FieldResolver(() => [PeriodOfCare])
  async periodsOfCare(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<PeriodOfCare[]> {
    if (!(await relationshipOrNull(ctx, child))) return [];
    return periodsByChild(ctx).load(child.id);
  }

  @FieldResolver(() => [LegalStatus])
  async legalStatuses(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<LegalStatus[]> {
    if (!(await relationshipOrNull(ctx, child))) return [];
    return legalStatusesByChild(ctx).load(child.id);
  }

  @FieldResolver(() => [Review], { description: 'Reviews held, newest first.' })
  async reviews(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    if (!(await relationshipOrNull(ctx, child))) return [];
    return [...(await reviewsByChild(ctx).load(child.id))].reverse();
  }

  @FieldResolver(() => NextReview, { nullable: true, description: 'Null when the child is not looked after now.' })
  async nextReview(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<NextReview | null> {
    if (!(await relationshipOrNull(ctx, child))) return null;
    const [periods, reviews, settings] = await Promise.all([
      periodsByChild(ctx).load(child.id),
      reviewsByChild(ctx).load(child.id),
      settingsByLocalAuthority(ctx).load(child.localAuthorityId),
    ]);
    return computeNextReview(periods, reviews, ctx.today, settings);
  }

  private async allocated(child: Child, ctx: SubgraphContext, role: 'iro' | 'social_worker'): Promise<Person | null> {
    if (!(await relationshipOrNull(ctx, child))) return null;
    const allocation = (await currentAllocationsByChild(ctx).load(child.id)).find((a) => a.role === role);
    return allocation ? personById(ctx).load(allocation.personId) : null;
  }
}

/** The gateway's way in: the same policy as `child(id)`, so `_entities` can never show more than a root field. */
export async function resolveChildReference(reference: Record<string, unknown>, ctx: SubgraphContext): Promise<Child | null> {
  const id = String(reference.id ?? '');
  if (!isUuid(id)) return null;
  return visibleChild(ctx, await childById(ctx).load(id), 'Child');
}
