import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { RecommendationOutcomeKind } from './types';

/** One decision about an open recommendation at a later review: the links of its carried-forward chain. */
@Entity({ name: 'recommendation_outcomes' })
@ObjectType({ description: 'What the IRO recorded about a recommendation at a later review.' })
export class RecommendationOutcome {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId: string;

  @Field(() => ID, { description: 'The review it was recorded at' })
  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => RecommendationOutcomeKind)
  @Column({ type: 'text' })
  outcome: RecommendationOutcomeKind;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was not achieved (carried forward) or why it was dropped',
  })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The new due date given when carrying it forward' })
  @Column({ name: 'new_due_date', type: 'date', nullable: true })
  newDueDate: string | null;

  @Field(() => String, { nullable: true, description: 'Progress made, when carried forward' })
  @Column({ type: 'text', nullable: true })
  progress: string | null;

  /** the recommendation's version after this outcome, so a conflict can say what changed since a caller's version */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** When the review it was recorded at was held; joined in by the loaders, not a column. */
  @Field(() => DateScalar, { description: 'When the review it was recorded at was held' })
  heldOn: string;
}
