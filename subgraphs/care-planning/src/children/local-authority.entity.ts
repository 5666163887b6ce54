import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'local_authorities' })
@ObjectType()
export class LocalAuthority {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Column()
  code: string;

  @Field()
  @Column()
  name: string;
}
