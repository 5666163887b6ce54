import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The child as family-contact knows them: by key only; care-planning owns everything else. */
@ObjectType('Child')
@Directive('@key(fields: "id")')
export class ChildRef {
  @Field(() => ID)
  id: string;
}
