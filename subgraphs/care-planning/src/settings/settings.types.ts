import { Person } from '@lac/subgraph-kit';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChallengeStage } from '../challenges/challenge.entity';

export enum IroContactShownEnum {
  NONE = 'none',
  EMAIL = 'email',
  PHONE = 'phone',
  BOTH = 'both',
}
registerEnumType(IroContactShownEnum, {
  name: 'IroContactShown',
  description: 'Which of the IRO’s work contacts families are shown besides their name',
});

@ObjectType({ description: 'One change to the settings: who, when, and what changed.' })
export class SettingsChange {
  @Field(() => Int) version: number;
  @Field({ description: 'When, as an ISO 8601 timestamp' }) changedAt: string;
  @Field(() => Person, { nullable: true }) changedBy: Person | null;
  @Field(() => [String]) changes: string[];
}

@ObjectType({ description: 'A local authority’s own settings, as they apply now, with every change made to them.' })
export class LocalAuthoritySettingsView {
  @Field(() => Int, { description: 'Send back as expectedVersion; 0 while nothing has been changed' })
  version: number;

  @Field({ description: 'Whether an additional review restarts the review cycle (docs/decisions/0005)' })
  additionalReviewRestartsCycle: boolean;

  @Field(() => Int) decisionsWithinWorkingDays: number;
  @Field(() => Int) fullRecordWithinWorkingDays: number;
  @Field(() => IroContactShownEnum) iroContactShown: IroContactShownEnum;
  @Field(() => Int, {
    description: 'Working days from a placement change to the review it needs; 0 is off (docs/decisions/0022)',
  })
  reviewAfterPlacementChangeWorkingDays: number;

  @Field(() => [ChallengeStage]) challengeStages: ChallengeStage[];
  @Field(() => [SettingsChange], { description: 'Newest first' }) history: SettingsChange[];
}

@InputType()
export class ChallengeStageInput {
  @Field() name: string;
  @Field(() => Int) workingDays: number;
}

@InputType()
export class LocalAuthoritySettingsInput {
  @Field(() => Int) expectedVersion: number;
  @Field() additionalReviewRestartsCycle: boolean;
  @Field(() => Int) decisionsWithinWorkingDays: number;
  @Field(() => Int) fullRecordWithinWorkingDays: number;
  @Field(() => IroContactShownEnum) iroContactShown: IroContactShownEnum;
  @Field(() => Int, {
    nullable: true,
    description: 'Working days from a placement change to its review, 0 (off) to 60; left out, it stays as it is',
  })
  reviewAfterPlacementChangeWorkingDays?: number | null;

  @Field(() => [ChallengeStageInput], { description: 'The formal stages in order' })
  challengeStages: ChallengeStageInput[];
}
