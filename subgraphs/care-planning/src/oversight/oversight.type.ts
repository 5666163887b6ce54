import { Person } from '@lac/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthority } from '../children/local-authority.entity';

export enum CaseloadBandEnum {
  BELOW = 'below',
  WITHIN = 'within',
  ABOVE = 'above',
}
registerEnumType(CaseloadBandEnum, {
  name: 'CaseloadBand',
  description: 'A caseload against the IRO Handbook guidance of 50 to 70 children per full-time IRO',
});

@ObjectType({ description: 'Counts over a set of looked-after children: no child is named.' })
export class OversightCounts {
  @Field(() => Int, { description: 'Children looked after now' })
  children: number;

  @Field(() => Int)
  overdueReviews: number;

  @Field(() => Int, { description: 'Reviews due within 15 working days' })
  dueSoonReviews: number;

  @Field(() => Int, { description: 'Reviews held in the last 12 months whose due date is known' })
  reviewsHeldLast12Months: number;

  @Field(() => Int)
  reviewsOnTime: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent; null when no review was held' })
  reviewsOnTimePercent: number | null;

  @Field(() => Int, { description: 'Held reviews whose decisions or full record are overdue' })
  overdueReviewRecords: number;

  @Field(() => Int, {
    description: 'Open recommendations that are drifting (overdue, or carried forward without progress or a new date)',
  })
  driftingRecommendations: number;

  @Field(() => Int)
  openChallenges: number;

  @Field(() => Int, { description: 'Open challenges whose response at their current level is overdue' })
  overdueChallengeResponses: number;
}

@ObjectType({ description: 'Open IRO challenges at one level of the dispute resolution ladder.' })
export class ChallengeStageCount {
  @Field({ description: 'The level’s name, e.g. "IRO alert" or "Head of service"' })
  stage: string;

  @Field(() => Int)
  open: number;

  @Field(() => Int, { description: 'Of which the response is overdue' })
  overdue: number;
}

@ObjectType({ description: 'One IRO’s caseload and its review figures.' })
export class IroCaseload {
  @Field(() => Person)
  iro: Person;

  @Field(() => CaseloadBandEnum)
  band: CaseloadBandEnum;

  @Field(() => OversightCounts)
  counts: OversightCounts;
}

@ObjectType({ description: 'The IRO manager’s view of their local authority: figures only.' })
export class Oversight {
  @Field(() => LocalAuthority)
  localAuthority: LocalAuthority;

  @Field({ description: 'The guidance caseloads are measured against, and where it comes from' })
  caseloadGuidance: string;

  @Field(() => OversightCounts)
  totals: OversightCounts;

  @Field(() => Int, { description: 'Looked-after children with no IRO allocated' })
  unallocatedChildren: number;

  @Field(() => Int, {
    description:
      'Children whose figures could not be computed from their records (counted in no other figure); ' +
      'the error log names each one. Zero when every child was counted.',
  })
  childrenNotCounted: number;

  @Field(() => [IroCaseload])
  iros: IroCaseload[];

  @Field(() => [ChallengeStageCount], { description: 'Open challenges by level, informal first, then up the ladder' })
  openChallengesByStage: ChallengeStageCount[];
}
