import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The child’s details as the SSDA903 return codes them; null parts were not recorded.' })
export class ChildStatutoryDetails {
  @Field(() => String, { nullable: true, description: 'SSDA903 SEX: 1 male, 2 female' })
  sex: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 ETHNIC code, e.g. WBRI' })
  ethnicity: string | null;

  @Field(() => String, { nullable: true, description: 'What the ethnicity code means' })
  ethnicityDescription: string | null;

  @Field(() => String, { nullable: true, description: 'Unique Pupil Number, or UN1 to UN5 when not known' })
  upn: string | null;
}
