import { DateScalar, Sensitive, type SensitiveSubject, Person } from '@lac/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ActionConcern, Dimension, PermanencePlanCode } from './content';

export enum PermanencePlan {
  REUNIFICATION = 'REUNIFICATION',
  KINSHIP_OR_SGO = 'KINSHIP_OR_SGO',
  LONG_TERM_FOSTER_CARE = 'LONG_TERM_FOSTER_CARE',
  ADOPTION = 'ADOPTION',
  RESIDENTIAL = 'RESIDENTIAL',
  INDEPENDENT_LIVING = 'INDEPENDENT_LIVING',
}
registerEnumType(PermanencePlan, {
  name: 'PermanencePlan',
  description: 'Where the child will grow up (docs/domain.md#permanence)',
  valuesConfig: {
    REUNIFICATION: { description: 'Return to the birth family' },
    KINSHIP_OR_SGO: { description: 'Kinship or connected-person care, possibly under a special guardianship order' },
    LONG_TERM_FOSTER_CARE: { description: 'Long-term foster care' },
    ADOPTION: { description: 'Adoption' },
    RESIDENTIAL: { description: 'Residential care' },
    INDEPENDENT_LIVING: { description: 'Supported or independent living' },
  },
});

export enum CarePlanActionConcern {
  PERMANENCE = 'PERMANENCE',
  ARRANGEMENTS = 'ARRANGEMENTS',
}
registerEnumType(CarePlanActionConcern, {
  name: 'CarePlanActionConcern',
  description: 'Whether an action works towards the permanence plan or the arrangements for current needs',
});

export enum CarePlanDimension {
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT = 'EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT',
  IDENTITY = 'IDENTITY',
  FAMILY_AND_SOCIAL_RELATIONSHIPS = 'FAMILY_AND_SOCIAL_RELATIONSHIPS',
  SOCIAL_PRESENTATION = 'SOCIAL_PRESENTATION',
  SELF_CARE_SKILLS = 'SELF_CARE_SKILLS',
}
registerEnumType(CarePlanDimension, {
  name: 'CarePlanDimension',
  description: 'The seven dimensions of a child’s needs',
});

export enum CarePlanFlagCode {
  NO_CARE_PLAN = 'NO_CARE_PLAN',
  NO_PERMANENCE_PLAN_BY_SECOND_REVIEW = 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW',
  ACTIONS_ONLY_ARRANGEMENTS = 'ACTIONS_ONLY_ARRANGEMENTS',
  ACTIONS_OVERDUE = 'ACTIONS_OVERDUE',
}
registerEnumType(CarePlanFlagCode, { name: 'CarePlanFlagCode' });

@ObjectType({ description: 'Something the IRO should look at in the care plan; computed, never typed in.' })
export class CarePlanFlag {
  @Field(() => CarePlanFlagCode)
  code: CarePlanFlagCode;

  @Field()
  message: string;
}

@ObjectType()
export class CarePlanAction {
  @Field()
  description: string;

  @Field(() => CarePlanActionConcern)
  concerns: ActionConcern;

  @Field({ description: 'A person or a role' })
  owner: string;

  @Field(() => DateScalar, { nullable: true })
  dueDate: string | null;
}

@ObjectType()
export class CarePlanArrangement {
  @Field(() => CarePlanDimension)
  dimension: Dimension;

  @Field(() => String, { nullable: true, description: 'Null when nothing is recorded for this dimension' })
  text: string | null;
}

@ObjectType({ description: 'One saved version of a care plan, as listed in its history.' })
export class CarePlanVersionSummary {
  @Field(() => Int)
  number: number;

  @Field(() => Person, { nullable: true })
  savedBy: Person | null;

  @Field({ description: 'When it was saved (ISO 8601 timestamp)' })
  savedAt: string;
}

/**
 * One immutable version of a child's care plan. The plan's parts carry their own labels: a carer sees the
 * arrangements and nothing else (docs/decisions/0006); a hidden part reads as null.
 */
@ObjectType({ description: 'One immutable version of a child’s care plan.' })
export class CarePlanVersion implements SensitiveSubject {
  childId: string;
  savedById: string;

  @Field(() => Int)
  number: number;

  @Field({ description: 'When it was saved (ISO 8601 timestamp)' })
  savedAt: string;

  @Field(() => Person, { nullable: true })
  savedBy: Person | null;

  @Sensitive('care_plan')
  @Field(() => PermanencePlan, { nullable: true, description: 'Null while permanence has not been decided' })
  permanencePlan: PermanencePlanCode | null;

  @Sensitive('care_plan')
  @Field(() => PermanencePlan, { nullable: true })
  parallelPlan: PermanencePlanCode | null;

  @Sensitive('care_plan')
  @Field(() => [CarePlanAction], { nullable: true, description: 'The actions to achieve the plan' })
  actions: CarePlanAction[];

  @Sensitive('care_plan_arrangements')
  @Field(() => [CarePlanArrangement], { nullable: true, description: 'All seven dimensions, in order' })
  arrangements: CarePlanArrangement[];
}
