import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
@Directive('@shareable')
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
