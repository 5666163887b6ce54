import { childScope, maySeeField, viewerCapabilities } from '@lac/access';
import {
  ChildViewerCan,
  Related,
  Sensitive,
  type SubgraphContext,
  ViewerAudience,
  childItself,
  loadVisible,
  notFound,
  Person,
  personById,
} from '@lac/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LegalStatus } from '../legal-status/legal-status.entity';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { NextReview, nextReviewFromSchedule } from '../reviews/next-review';
import { nextReviewRowByChild } from '../reviews/loaders';
import { withPlacementChange } from '../reviews/next-review-after-placement-change';
import { Review } from '../reviews/review.entity';
import { settingsByLocalAuthority } from '../settings/settings';
import { ChildPage } from './child-page.type';
import { Child } from './child.entity';
import { shownIroContact } from './iro-contact';
import { IroContact } from './iro-contact.type';
import { listChildren } from './list-children';
import {
  childById,
  currentAllocationsByChild,
  legalStatusesByChild,
  localAuthorityById,
  periodsByChild,
  reviewsByChild,
  workContactByPerson,
} from './loaders';
import { LocalAuthority } from './local-authority.entity';
import { NOT_COMPUTED } from './not-computed';
import { PageArgs, checkPage } from './paging';
import { RelationshipKind, toRelationshipEnum } from './relationship.enum';
import { relationshipOrNull } from './visible';

@Resolver(() => Child)
export class ChildResolver {
  @Query(() => Child, { nullable: true, description: 'A child you have a relationship with; null otherwise.' })
  async child(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Child | null> {
    return loadVisible(ctx, childById(ctx), id, 'Child', childItself);
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

  @FieldResolver(() => ChildViewerCan, {
    description: 'What you may see and do for this child, and whose words you read: from the one access policy.',
  })
  async viewerCan(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<ChildViewerCan> {
    const kind = await relationshipOrNull(ctx, child);
    // A Child is only ever resolved for a caller related to it (loadVisible, listChildren), so this cannot happen.
    if (!kind) throw notFound('Child');
    const can = viewerCapabilities(ctx.actor, kind);
    return { see: can.see, do: can.do, audience: can.audience as ViewerAudience };
  }

  @Related()
  @FieldResolver(() => LocalAuthority)
  async localAuthority(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<LocalAuthority | null> {
    return localAuthorityById(ctx).load(child.localAuthorityId);
  }

  @Related()
  @FieldResolver(() => Person, { nullable: true, description: 'The allocated Independent Reviewing Officer.' })
  async iro(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return this.allocated(child, ctx, 'iro');
  }

  @Sensitive('iro_contact')
  @FieldResolver(() => IroContact, {
    nullable: true,
    description:
      'The allocated IRO and how the family may contact them, as the local authority chose; ' +
      'null when no IRO is allocated.',
  })
  async iroContact(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<IroContact | null> {
    const allocation = (await currentAllocationsByChild(ctx).load(child.id)).find((a) => a.role === 'iro');
    if (!allocation) return null;
    const [iro, settings] = await Promise.all([
      workContactByPerson(ctx).load(allocation.personId),
      settingsByLocalAuthority(ctx).load(child.localAuthorityId),
    ]);
    return iro ? shownIroContact(iro, settings.iroContactShown) : null;
  }

  @Related()
  @FieldResolver(() => Person, { nullable: true, description: 'The allocated social worker.' })
  async socialWorker(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return this.allocated(child, ctx, 'social_worker');
  }

  @Related()
  @FieldResolver(() => [PeriodOfCare])
  async periodsOfCare(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<PeriodOfCare[]> {
    return periodsByChild(ctx).load(child.id);
  }

  @Related()
  @FieldResolver(() => [LegalStatus])
  async legalStatuses(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<LegalStatus[]> {
    return legalStatusesByChild(ctx).load(child.id);
  }

  @Related()
  @FieldResolver(() => [Review], { description: 'Reviews held, newest first.' })
  async reviews(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Review[]> {
    return [...(await reviewsByChild(ctx).load(child.id))].reverse();
  }

  @Related()
  // A placement change brings the review forward (docs/decisions/0022): placements publishes the fact into
  // care-planning's own table when it changes (docs/decisions/0026), so no second fetch through the gateway.
  @FieldResolver(() => NextReview, {
    nullable: true,
    description: `When the next review must be held by and when it is booked: the one answer every page shows. Null when the child is not looked after now. ${NOT_COMPUTED}`,
  })
  async nextReview(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<NextReview | null> {
    // Stored when the facts change (reviews/stored-schedule.ts); only the status is derived from today here, and a
    // placement change (held beside the stored row, read in the same statement) is laid over it at read time.
    const [row, settings] = await Promise.all([
      nextReviewRowByChild(ctx).load(child.id),
      settingsByLocalAuthority(ctx).load(child.localAuthorityId),
    ]);
    const schedule = row?.schedule ?? null;
    return withPlacementChange(nextReviewFromSchedule(schedule, row?.booked ?? null, ctx.today), {
      periodOfCareStart: schedule?.periodStart ?? null,
      lastReviewHeld: schedule?.lastReviewHeld ?? null,
      lastPlacementChange: row?.lastPlacementChange ?? null,
      settings,
      today: ctx.today,
      // Not audited again: the read of nextReview itself is (`@Related`); this only picks the words.
      professional: maySeeField(
        ctx.actor,
        await ctx.access.relationshipTo(child.id, child.localAuthorityId),
        'review_record',
      ),
    });
  }

  private async allocated(child: Child, ctx: SubgraphContext, role: 'iro' | 'social_worker'): Promise<Person | null> {
    const allocation = (await currentAllocationsByChild(ctx).load(child.id)).find((a) => a.role === role);
    return allocation ? personById(ctx).load(allocation.personId) : null;
  }
}

/** The gateway's way in: the same policy as `child(id)`, so `_entities` can never show more than a root field. */
export async function resolveChildReference(
  reference: Record<string, unknown>,
  ctx: SubgraphContext,
): Promise<Child | null> {
  return loadVisible(ctx, childById(ctx), typeof reference.id === 'string' ? reference.id : '', 'Child', childItself);
}
