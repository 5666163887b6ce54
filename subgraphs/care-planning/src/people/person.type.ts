import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A professional or family member, as named in the access directory. */
@ObjectType()
@Directive('@shareable')
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
