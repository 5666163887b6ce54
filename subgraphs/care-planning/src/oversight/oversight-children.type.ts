import { Person } from '@lac/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Child } from '../children/child.entity';

export enum OversightFigure {
  CHILDREN = 'children',
  UNALLOCATED = 'unallocated',
  OVERDUE_REVIEWS = 'overdueReviews',
  DUE_SOON_REVIEWS = 'dueSoonReviews',
  OVERDUE_REVIEW_RECORDS = 'overdueRecords',
  DRIFTING_RECOMMENDATIONS = 'driftingRecommendations',
  OPEN_CHALLENGES = 'openChallenges',
  OVERDUE_CHALLENGE_RESPONSES = 'overdueChallengeResponses',
}
registerEnumType(OversightFigure, {
  name: 'OversightFigure',
  description: 'A figure on the IRO manager’s oversight page that counts children or what they have open',
});

@ObjectType({ description: 'One child counted in an oversight figure, and how much they add to it.' })
export class OversightFigureChild {
  @Field(() => Child)
  child: Child;

  @Field(() => Int, {
    description:
      '1 for figures that count children; for records, recommendations and challenges, how many this child has',
  })
  amount: number;
}

@ObjectType({ description: 'The children behind one oversight figure, in total or for one IRO (decision 0020).' })
export class OversightChildren {
  @Field(() => OversightFigure)
  figure: OversightFigure;

  @Field(() => Person, { nullable: true, description: 'The IRO the figure is for; null for the whole authority' })
  iro: Person | null;

  @Field(() => Int, { description: 'The figure itself, as the oversight page shows it: the sum of the amounts' })
  count: number;

  @Field(() => [OversightFigureChild], { description: 'By family name, then given name' })
  children: OversightFigureChild[];
}
