import { DateScalar, type SubgraphContext, screenFreeText } from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { withSavedBy } from './care-plan.resolver';
import { CarePlanActionConcern, CarePlanDimension, CarePlanVersion, PermanencePlan } from './care-plan.types';
import { carePlanFreeText } from './free-text';
import { toCarePlanVersion } from './rows';
import { saveCarePlan } from './save-care-plan';
import { validateCarePlan } from './validate';
import { childForAction } from '../children/child-for-action';

@InputType()
class CarePlanActionInput {
  @Field() description: string;
  @Field(() => CarePlanActionConcern) concerns: CarePlanActionConcern;
  @Field({ description: 'A person or a role' }) owner: string;
  @Field(() => DateScalar, { nullable: true }) dueDate?: string | null;
}

@InputType()
class CarePlanArrangementInput {
  @Field(() => CarePlanDimension) dimension: CarePlanDimension;
  @Field() text: string;
}

@InputType({ description: 'The whole plan as it should be after this save: it becomes a new version.' })
class CarePlanInput {
  @Field(() => ID) childId: string;
  @Field(() => Int, { description: 'The version you started from; 0 when there is no plan yet' })
  expectedVersion: number;
  @Field(() => PermanencePlan, { nullable: true }) permanencePlan?: PermanencePlan | null;
  @Field(() => PermanencePlan, { nullable: true, description: 'Must differ from permanencePlan' })
  parallelPlan?: PermanencePlan | null;
  @Field(() => [CarePlanActionInput]) actions: CarePlanActionInput[];
  @Field(() => [CarePlanArrangementInput], { description: 'Each dimension at most once; blank text records nothing' })
  arrangements: CarePlanArrangementInput[];
}

@Resolver()
export class CarePlanMutations {
  @Mutation(() => CarePlanVersion, {
    description: 'Saves a new version of the child’s care plan (the allocated social worker).',
  })
  async saveCarePlan(@Arg('input') input: CarePlanInput, @Ctx() ctx: SubgraphContext): Promise<CarePlanVersion> {
    await childForAction(ctx, input.childId, 'save_care_plan');
    const content = validateCarePlan(input);
    await screenFreeText(ctx, input.childId, carePlanFreeText(content));
    const row = await ctx.db.transaction((em) =>
      saveCarePlan(em, {
        childId: input.childId,
        expectedVersion: input.expectedVersion,
        content,
        savedBy: ctx.actor.personId,
      }),
    );
    return withSavedBy(ctx, toCarePlanVersion(row));
  }
}
