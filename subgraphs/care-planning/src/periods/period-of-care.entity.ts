import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'periods_of_care' })
@ObjectType({ description: 'A continuous period of being looked after; a new one restarts the review cycle.' })
export class PeriodOfCare {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => DateScalar)
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why the period ended: SSDA903 reason-episode-ceased code' })
  @Column({ name: 'reason_ceased', type: 'text', nullable: true })
  reasonCeased: string | null;
}
