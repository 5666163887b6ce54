import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One publication of a review's outcome (append-only); the newest per review is what each audience sees. */
@Entity({ name: 'review_publications' })
export class ReviewPublication {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'child_letter', type: 'text' })
  childLetter: string;

  @Column({ name: 'parent_summary', type: 'text', nullable: true })
  parentSummary: string | null;

  @Column({ name: 'carer_summary', type: 'text', nullable: true })
  carerSummary: string | null;

  @Column({ name: 'child_decision_ids', type: 'uuid', array: true })
  childDecisionIds: string[];

  @Column({ name: 'parent_decision_ids', type: 'uuid', array: true })
  parentDecisionIds: string[];

  @Column({ name: 'carer_decision_ids', type: 'uuid', array: true })
  carerDecisionIds: string[];

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
