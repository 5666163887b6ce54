import { DateScalar, type SubgraphContext } from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { endPeriodOfCare } from '../periods/end-period';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { mustPerformForAuthority } from './authority';
import { registerChildInCare } from './register-in-care';
import { childForAction } from './child-for-action';

@InputType({ description: 'A child coming into care (docs/domain.md#starting-a-childs-record).' })
class RegisterChildInput {
  @Field() givenName: string;
  @Field() familyName: string;
  @Field(() => DateScalar) dateOfBirth: string;
  @Field({ description: 'SSDA903 SEX: 1 male, 2 female' }) sex: string;
  @Field({ description: 'SSDA903 ETHNIC code' }) ethnicity: string;
  @Field(() => String, { nullable: true, description: 'Unique Pupil Number where known' }) upn?: string | null;
  @Field(() => DateScalar, { description: 'The day the period of care starts' }) lookedAfterFrom: string;
  @Field({ description: 'SSDA903 legal status code on that day' }) legalStatus: string;
}

@InputType()
class EndPeriodOfCareInput {
  @Field(() => ID) childId: string;
  @Field(() => DateScalar) endDate: string;
  @Field({ description: 'SSDA903 reason-episode-ceased code' }) reasonCeased: string;
}

@Resolver()
export class RegistrationMutations {
  @Mutation(() => ID, {
    description:
      'Registers a child coming into care in your local authority, with you as their social worker (policy ' +
      '`register_child`); returns the new child’s id.',
  })
  async registerChildInCare(@Arg('input') input: RegisterChildInput, @Ctx() ctx: SubgraphContext): Promise<string> {
    const localAuthorityId = mustPerformForAuthority(ctx, 'register_child');
    return ctx.db.transaction((em) =>
      registerChildInCare(em, input, { localAuthorityId, socialWorkerId: ctx.actor.personId }, ctx.today),
    );
  }

  @Mutation(() => PeriodOfCare, { description: 'Ends the open period of care, with its SSDA903 reason.' })
  async endPeriodOfCare(@Arg('input') input: EndPeriodOfCareInput, @Ctx() ctx: SubgraphContext): Promise<PeriodOfCare> {
    await childForAction(ctx, input.childId, 'record_period_of_care');
    return ctx.db.transaction((em) => endPeriodOfCare(em, input, ctx.today));
  }
}
