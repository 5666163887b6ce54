import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'legal_statuses' })
@ObjectType({ description: 'A legal-status episode, coded as in the SSDA903 return.' })
export class LegalStatus {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field({ description: 'SSDA903 legal status code, e.g. C2' })
  @Column()
  code: string;

  @Field(() => DateScalar)
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;
}
