import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'children' })
@ObjectType({ description: 'A child looked after by a local authority. Visible only through a relationship.' })
@Directive('@key(fields: "id")')
export class Child {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId: string;

  /** The young person's own account, when they have one. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Field()
  @Column({ name: 'given_name' })
  givenName: string;

  @Field()
  @Column({ name: 'family_name' })
  familyName: string;

  @Field(() => DateScalar)
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  // The SSDA903 details, shown through `statutoryDetails` (a labelled field), never as plain fields of the child.
  @Column({ type: 'text', nullable: true })
  sex: string | null;

  @Column({ type: 'text', nullable: true })
  ethnicity: string | null;

  @Column({ type: 'text', nullable: true })
  upn: string | null;
}
