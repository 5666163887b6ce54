import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A placement address. Withheld from anyone the access policy does not name.' })
export class Address {
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2: string | null;
  @Field() town: string;
  @Field() postcode: string;
}
