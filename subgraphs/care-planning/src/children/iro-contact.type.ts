import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Who the child’s Independent Reviewing Officer is and how a family may contact them: only the work contacts the ' +
    'local authority chose to show families.',
})
export class IroContact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The IRO’s work email, when the local authority shows it.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The IRO’s work phone, when the local authority shows it.' })
  phone: string | null;
}
