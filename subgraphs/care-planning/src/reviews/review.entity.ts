import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ name: 'reviews' })
@ObjectType({ description: 'A statutory review meeting that was held.' })
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => String)
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;
}
