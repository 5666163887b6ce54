import { ownsRecord } from '@lac/access';
import {
  DateScalar,
  NO_CHILD,
  type SubgraphContext,
  badInput,
  isUuid,
  loadForAction,
  notFound,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import { Placement } from '../placements/placement.entity';
import { DecisionArea, DecisionHolder } from './areas';
import { ChangeRequest } from './change-request.entity';
import { decideRequest, requestChange } from './change-requests';
import { withOwner } from './child.resolver';
import { confirmAtReview } from './confirm';
import { Confirmation } from './confirmation.entity';
import { EntryInput } from './entry.type';
import { MatrixVersion } from './matrix-version.entity';
import { normaliseEntries, saveMatrix } from './save-matrix';

@InputType()
class SaveDelegatedAuthorityInput {
  @Field(() => ID) childId: string;
  @Field(() => Int, { description: 'The version you read; 0 to start the matrix from the defaults' })
  expectedVersion: number;
  @Field({ description: 'The child’s SSDA903 legal status today, which the rows are checked against' })
  legalStatus: string;
  @Field({ description: 'Why the decisions change' }) reason: string;
  @Field(() => [EntryInput], { description: 'The rows to change; the others stay as they are' })
  entries: EntryInput[];
}

@InputType()
class RequestDelegatedAuthorityChangeInput {
  @Field(() => ID) childId: string;
  @Field(() => DecisionArea) area: DecisionArea;
  @Field(() => DecisionHolder) holder: DecisionHolder;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field() why: string;
}

@InputType()
class DecideDelegatedAuthorityRequestInput {
  @Field(() => ID) requestId: string;
  @Field() approve: boolean;
  @Field() reason: string;
  @Field(() => Int, { description: 'The version you read' }) expectedVersion: number;
  @Field(() => DateScalar, { nullable: true, description: 'Under s.20: when a parent agreed' })
  parentAgreedOn?: string | null;
}

@InputType()
class ConfirmDelegatedAuthorityInput {
  @Field(() => ID) childId: string;
  @Field(() => ID, { description: 'The review at which the matrix was confirmed' }) reviewId: string;
  @Field(() => Int, { description: 'The version read at the review' }) version: number;
}

async function currentPlacement(ctx: SubgraphContext, childId: string): Promise<Placement> {
  const placement = await ctx.db.getRepository(Placement).findOneBy({ childId, endDate: IsNull() });
  if (!placement) throw badInput('childId', 'INVALID_STATE', 'The child has no current placement');
  return placement;
}

@Resolver()
export class DelegatedAuthorityMutations {
  @Mutation(() => MatrixVersion, { description: 'The social worker records who decides what: a new version' })
  async saveDelegatedAuthority(
    @Arg('input') input: SaveDelegatedAuthorityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MatrixVersion> {
    await ctx.access.mustPerform(isUuid(input.childId) ? input.childId : NO_CHILD, 'save_delegated_authority');
    const placement = await currentPlacement(ctx, input.childId);
    const saved = await ctx.db.transaction((em) =>
      saveMatrix(em, {
        placementId: placement.id,
        childId: input.childId,
        expectedVersion: input.expectedVersion,
        legalStatus: input.legalStatus,
        reason: input.reason,
        entries: normaliseEntries(input.entries),
        changedBy: ctx.actor.personId,
        today: ctx.today,
      }),
    );
    return withOwner(saved, placement.ownerPersonId);
  }

  @Mutation(() => ChangeRequest, { description: 'The carer of the current placement asks to change one decision' })
  async requestDelegatedAuthorityChange(
    @Arg('input') input: RequestDelegatedAuthorityChangeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ChangeRequest> {
    await ctx.access.mustPerform(
      isUuid(input.childId) ? input.childId : NO_CHILD,
      'request_delegated_authority_change',
    );
    const placement = await currentPlacement(ctx, input.childId);
    // The carer relationship follows the current placement; this also holds if two carers share a child's day.
    if (!ownsRecord(placement.ownerPersonId, ctx.actor.personId)) throw notFound('Child');
    const saved = await ctx.db.transaction((em) =>
      requestChange(em, {
        placementId: placement.id,
        childId: input.childId,
        area: input.area,
        holder: input.holder,
        conditions: input.conditions ?? null,
        why: input.why,
        requestedBy: ctx.actor.personId,
        today: ctx.today,
      }),
    );
    return withOwner(saved, placement.ownerPersonId);
  }

  @Mutation(() => MatrixVersion, {
    description: 'The social worker approves (a new version) or declines a carer’s request, with the reason',
  })
  async decideDelegatedAuthorityRequest(
    @Arg('input') input: DecideDelegatedAuthorityRequestInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MatrixVersion> {
    const { row: request } = await loadForAction(
      ctx,
      'Delegated authority request',
      input.requestId,
      (id) => ctx.db.getRepository(ChangeRequest).findOneBy({ id }),
      (r) => r.childId,
      'decide_delegated_authority_request',
    );
    const placement = await ctx.db.getRepository(Placement).findOneByOrFail({ id: request.placementId });
    if (placement.endDate !== null) {
      throw badInput('requestId', 'INVALID_STATE', `That placement ended on ${placement.endDate}`);
    }
    const result = await ctx.db.transaction((em) =>
      decideRequest(em, {
        request,
        approve: input.approve,
        reason: input.reason,
        expectedVersion: input.expectedVersion,
        parentAgreedOn: input.parentAgreedOn ?? null,
        decidedBy: ctx.actor.personId,
        today: ctx.today,
      }),
    );
    return withOwner(result, placement.ownerPersonId);
  }

  @Mutation(() => Confirmation, { description: 'The IRO records that a review re-confirmed the matrix' })
  async confirmDelegatedAuthorityAtReview(
    @Arg('input') input: ConfirmDelegatedAuthorityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Confirmation> {
    await ctx.access.mustPerform(isUuid(input.childId) ? input.childId : NO_CHILD, 'confirm_delegated_authority');
    if (!isUuid(input.reviewId)) throw badInput('reviewId', 'INVALID', 'That is not a review');
    const placement = await currentPlacement(ctx, input.childId);
    return ctx.db.transaction((em) =>
      confirmAtReview(em, {
        placementId: placement.id,
        childId: input.childId,
        reviewId: input.reviewId,
        version: input.version,
        confirmedBy: ctx.actor.personId,
        today: ctx.today,
      }),
    );
  }
}
