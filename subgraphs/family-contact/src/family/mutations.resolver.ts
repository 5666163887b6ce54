import { DateScalar, NO_CHILD, type SubgraphContext, isUuid, Idempotent, IdempotencyKey } from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { FamilyMember } from './family-member.entity';
import { recordFamilyMember } from './record-family-member';
import { FamilyRelation, SiblingLiving } from './relation.enum';

@InputType()
class RecordFamilyMemberInput {
  @Field(() => ID) childId: string;
  @Field(() => ID, { nullable: true, description: 'Their person record, when they have one' })
  personId?: string | null;
  @Field() displayName: string;
  @Field(() => FamilyRelation) relation: FamilyRelation;
  @Field(() => SiblingLiving, { nullable: true }) siblingLiving?: SiblingLiving | null;
  @Field(() => ID, { nullable: true, description: 'A sibling who is also a child in the system' })
  siblingChildId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When parental responsibility began; empty when none' })
  parentalResponsibilitySince?: string | null;
}

@Resolver()
export class FamilyMemberMutations {
  @Mutation(() => FamilyMember)
  @Idempotent(FamilyMember)
  async recordFamilyMember(
    @Arg('input') input: RecordFamilyMemberInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FamilyMember> {
    await ctx.access.mustPerform(isUuid(input.childId) ? input.childId : NO_CHILD, 'record_family_member');
    if (input.personId && !isUuid(input.personId)) input.personId = NO_CHILD;
    if (input.siblingChildId && !isUuid(input.siblingChildId)) input.siblingChildId = NO_CHILD;
    return ctx.db.transaction((em) => recordFamilyMember(em, input, ctx.today));
  }
}
