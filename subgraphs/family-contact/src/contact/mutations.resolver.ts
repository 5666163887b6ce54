import {
  DateScalar,
  Idempotent,
  IdempotencyKey,
  NO_CHILD,
  type SubgraphContext,
  isUuid,
  loadForAction,
  screenFreeText,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { ContactArrangement } from './arrangement.entity';
import { termsFreeText } from './free-text';
import { changeArrangement, createArrangement } from './save-arrangement';
import { ContactTermsInput } from './terms';

@InputType()
class CreateContactArrangementInput {
  @Field(() => ID) childId: string;
  @Field(() => ID, { description: 'One of the child’s family members' }) familyMemberId: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => ContactTermsInput) terms: ContactTermsInput;
  @Field({ description: 'Why: kept in the history' }) reason: string;
}

@InputType()
class ChangeContactArrangementInput {
  @Field(() => ID) arrangementId: string;
  @Field(() => Int, { description: 'The version you read; CONFLICT if someone saved another since' })
  expectedVersion: number;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { nullable: true, description: 'Set it to end the arrangement (not in the past)' })
  endDate?: string | null;
  @Field(() => ContactTermsInput) terms: ContactTermsInput;
  @Field({ description: 'Why: kept in the history' }) reason: string;
}

@Resolver()
export class ContactArrangementMutations {
  @Mutation(() => ContactArrangement)
  @Idempotent(ContactArrangement)
  async createContactArrangement(
    @Arg('input') input: CreateContactArrangementInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContactArrangement> {
    await ctx.access.mustPerform(isUuid(input.childId) ? input.childId : NO_CHILD, 'manage_contact_arrangements');
    const familyMemberId = isUuid(input.familyMemberId) ? input.familyMemberId : NO_CHILD;
    await screenFreeText(ctx, input.childId, termsFreeText(input.terms));
    return ctx.db.transaction((em) =>
      createArrangement(em, { ...input, familyMemberId }, ctx.access.actor.personId, ctx.today),
    );
  }

  @Mutation(() => ContactArrangement)
  async changeContactArrangement(
    @Arg('input') input: ChangeContactArrangementInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContactArrangement> {
    const { row } = await loadForAction(
      ctx,
      'ContactArrangement',
      input.arrangementId,
      (id) => ctx.db.getRepository(ContactArrangement).findOneBy({ id }),
      (a) => a.childId,
      'manage_contact_arrangements',
    );
    await screenFreeText(ctx, row.childId, termsFreeText(input.terms));
    return ctx.db.transaction((em) => changeArrangement(em, row, input, ctx.access.actor.personId, ctx.today));
  }
}
