import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One decision of a review, with its own id so each audience's version can include it or not. */
@Entity({ name: 'review_decisions' })
@ObjectType()
export class ReviewDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  text: string;
}
