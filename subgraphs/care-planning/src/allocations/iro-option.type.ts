import { Person } from '@lac/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An IRO of the child’s local authority the manager may allocate, with their caseload.' })
export class IroOption {
  @Field(() => Person)
  iro: Person;

  @Field(() => Int, { description: 'Children allocated to them now' })
  caseloadSize: number;
}
