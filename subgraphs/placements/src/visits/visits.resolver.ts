import { DateScalar, Sensitive, type SubgraphContext, loadForAction } from '@lac/subgraph-kit';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Placement } from '../placements/placement.entity';
import { visitsByPlacement } from './loaders';
import { NextVisit, nextVisit } from './next-visit';
import { recordVisit } from './record-visit';
import { SocialWorkerVisit } from './visit.entity';

@InputType()
class RecordSocialWorkerVisitInput {
  @Field(() => ID) placementId: string;
  @Field(() => DateScalar, { description: 'Within the placement, not after today' }) visitedOn: string;
  @Field() seenAlone: boolean;
}

@Resolver(() => Placement)
export class VisitFields {
  // Visits are how the plan's "visit frequency" is carried out (DOMAIN.md §2.2), so they share its label.
  @FieldResolver(() => [SocialWorkerVisit], { description: 'Statutory visits in this placement, newest first' })
  @Sensitive('placement_plan')
  async visits(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<SocialWorkerVisit[]> {
    return visitsByPlacement(ctx).load(placement.id);
  }

  @FieldResolver(() => NextVisit, { nullable: true, description: 'For a current placement only' })
  @Sensitive('placement_plan')
  async nextVisit(@Root() placement: Placement, @Ctx() ctx: SubgraphContext): Promise<NextVisit | null> {
    if (placement.endDate !== null) return null;
    const visits = await visitsByPlacement(ctx).load(placement.id);
    return nextVisit(
      placement,
      visits.map((v) => v.visitedOn),
      ctx.today,
    );
  }

  @Mutation(() => SocialWorkerVisit)
  async recordSocialWorkerVisit(
    @Arg('input') input: RecordSocialWorkerVisitInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SocialWorkerVisit> {
    const { row: placement } = await loadForAction(
      ctx,
      'Placement',
      input.placementId,
      (id) => ctx.db.getRepository(Placement).findOneBy({ id }),
      (p) => p.childId,
      'record_social_worker_visit',
    );
    return ctx.db.transaction((em) => recordVisit(em, placement, input, ctx.actor.personId, ctx.today));
  }
}
