import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConsultationRole } from './review-enums';

/** One person's views before a review; sending again replaces them until the meeting is recorded. */
@Entity({ name: 'review_views' })
@ObjectType({ description: 'Views sent before a review by the young person, a parent or the carer.' })
export class ReviewViews {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Field(() => ConsultationRole)
  @Column({ type: 'text' })
  role: ConsultationRole;

  @Field()
  @Column({ type: 'text' })
  views: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
