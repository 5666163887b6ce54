import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who was invited when the review was planned, as the people around the child were that day. */
@Entity({ name: 'review_invitations' })
@ObjectType()
export class ReviewInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'child, parent, carer, social_worker, advocate or guardian' })
  @Column({ type: 'text' })
  role: string;

  @Field({ description: 'Whether they can sign in to send their views (for the child: whether they have an account)' })
  @Column({ name: 'has_account', type: 'boolean' })
  hasAccount: boolean;

  @Column({ type: 'int' })
  position: number;
}
