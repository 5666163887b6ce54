import { Person } from '@lac/subgraph-kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum RecommendationStatus {
  OPEN = 'open',
  ACHIEVED = 'achieved',
  DROPPED = 'dropped',
}
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Open (including carried forward), achieved, or dropped',
});

export enum RecommendationOutcomeKind {
  ACHIEVED = 'achieved',
  CARRIED_FORWARD = 'carried_forward',
  DROPPED = 'dropped',
}
registerEnumType(RecommendationOutcomeKind, {
  name: 'RecommendationOutcomeKind',
  description: 'What the IRO decided about an open recommendation at a later review',
});

export enum DriftReason {
  OVERDUE = 'OVERDUE',
  CARRIED_FORWARD_WITHOUT_PROGRESS = 'CARRIED_FORWARD_WITHOUT_PROGRESS',
  CARRIED_FORWARD_NO_NEW_DATE = 'CARRIED_FORWARD_NO_NEW_DATE',
}
registerEnumType(DriftReason, {
  name: 'DriftReason',
  description: 'Why an open recommendation is drifting; computed from its dates and history, never typed',
  valuesConfig: {
    OVERDUE: { description: 'Open, and its current due date has passed' },
    CARRIED_FORWARD_WITHOUT_PROGRESS: {
      description: 'Carried forward at two or more consecutive reviews with no progress recorded',
    },
    CARRIED_FORWARD_NO_NEW_DATE: {
      description: 'The latest carry-forward set no new due date, or one no later than the date it missed',
    },
  },
});

@ObjectType({ description: 'One reason a recommendation is drifting, with a plain-English explanation.' })
export class Drift {
  @Field(() => DriftReason)
  reason: DriftReason;

  @Field()
  explanation: string;
}

@ObjectType({ description: 'Who is responsible: a named person, or a role such as "Virtual School head".' })
export class RecommendationOwner {
  @Field(() => Person, { nullable: true })
  person: Person | null;

  @Field(() => String, { nullable: true })
  role: string | null;

  @Field({ description: 'The person’s name or the role, for display' })
  display: string;
}
