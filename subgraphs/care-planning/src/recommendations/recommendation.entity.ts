import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RecommendationStatus } from './types';

/** A recommendation made at a held review. It keeps its id across later reviews; its outcomes are its history. */
@Entity({ name: 'recommendations' })
@ObjectType({ description: 'A recommendation made at a review, with its owner, due date, monitoring and history.' })
export class Recommendation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => ID, { description: 'The review it was made at' })
  @Column({ name: 'made_at_review_id', type: 'uuid' })
  madeAtReviewId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'owner_person_id', type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @Column({ name: 'owner_role', type: 'text', nullable: true })
  ownerRole: string | null;

  @Field(() => DateScalar, { description: 'The due date set when it was made' })
  @Column({ name: 'original_due_date', type: 'date' })
  originalDueDate: string;

  @Field(() => DateScalar, {
    description: 'The due date in force: the latest new date given at a carry-forward, else the original',
  })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field({ description: 'How it will be monitored' })
  @Column({ type: 'text' })
  monitoring: string;

  @Field(() => RecommendationStatus)
  @Column({ type: 'text' })
  status: RecommendationStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion when recording an outcome' })
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
