import { Field, Int, ObjectType } from 'type-graphql';
import { Child } from './child.entity';

@ObjectType({ description: 'One page of a list of children.' })
export class ChildPage {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [Child])
  items: Child[];
}
