import { Person } from '@lac/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the young person can message their IRO now, and why.' })
export class IroChannel {
  @Field()
  open: boolean;

  @Field()
  reason: string;
}

@ObjectType({ description: 'The IRO shared this message for safeguarding: who, when and why.' })
export class SafeguardingShare {
  @Field()
  reason: string;

  @Field(() => Person, { nullable: true })
  by: Person | null;

  @Field({ description: 'When it was shared (ISO 8601 timestamp)' })
  on: string;
}

@ObjectType({ description: 'How many messages the child has sent their IRO: counts only, never content.' })
export class IroMessageSummary {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Messages from the young person with no reply yet' })
  unanswered: number;
}
