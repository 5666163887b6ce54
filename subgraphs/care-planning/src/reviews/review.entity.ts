import { DateScalar, Sensitive } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AdditionalReviewReason, ReviewKind, ReviewState } from './review-enums';

@ObjectType({ description: 'Someone at the review meeting, as the IRO recorded them.' })
export class ReviewAttendee {
  @Field() name: string;
  @Field() role: string;
}

/**
 * A looked-after review: planned (with its invitations and consultation), then held (with the meeting's record).
 * Only held reviews count in the schedule. Dates are visible to everyone around the child; the record only to
 * the professionals (label review_record); the child's private words only to the IRO.
 */
@Entity({ name: 'reviews' })
@ObjectType({ description: 'A looked-after review, planned or held.' })
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => ReviewState)
  @Column({ type: 'text', default: ReviewState.HELD })
  status: ReviewState;

  @Field(() => ReviewKind)
  @Column({ type: 'text', default: ReviewKind.STATUTORY })
  kind: ReviewKind;

  @Field(() => AdditionalReviewReason, { nullable: true, description: 'Why an additional review is held' })
  @Column({ type: 'text', nullable: true })
  reason: AdditionalReviewReason | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the review is planned for' })
  @Column({ name: 'planned_for', type: 'date', nullable: true })
  plannedFor: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the meeting was held; null while planned' })
  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn: string | null;

  @Field(() => String, { nullable: true, description: 'The time the review is booked for, HH:MM (UK local time)' })
  @Column({ name: 'planned_time', type: 'text', nullable: true })
  plannedTime: string | null;

  /** Shown through ReviewResolver.venue, redacted for the family (free-text screen). */
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Field(() => [ReviewAttendee], { nullable: true })
  @Sensitive('review_record')
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  attendees: ReviewAttendee[];

  @Field(() => String, { nullable: true, description: 'SSDA903 REVIEW_CODE, PN0–PN7' })
  @Sensitive('review_record')
  @Column({ name: 'participation_code', type: 'text', nullable: true })
  participationCode: string | null;

  @Field(() => String, { nullable: true, description: "The IRO's summary of the meeting" })
  @Sensitive('review_record')
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'What the child said to the IRO in private: the IRO only' })
  @Sensitive('child_private_to_iro')
  @Column({ name: 'child_private_words', type: 'text', nullable: true })
  childPrivateWords: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the IRO spoke to the child before the meeting' })
  @Sensitive('review_record')
  @Column({ name: 'spoke_to_child_on', type: 'date', nullable: true })
  spokeToChildOn: string | null;

  @Column({ name: 'decisions_issued_on', type: 'date', nullable: true })
  decisionsIssuedOn: string | null;

  @Column({ name: 'record_completed_on', type: 'date', nullable: true })
  recordCompletedOn: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion when saving the meeting' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;
}

/** A review that has been held: the only kind the schedule, flags and recommendations count. */
export type HeldReview = Review & { heldOn: string };

export function isHeld(review: Review): review is HeldReview {
  return review.status === ReviewState.HELD && review.heldOn !== null;
}
