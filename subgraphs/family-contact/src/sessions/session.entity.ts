import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VenueType } from '../contact/enums';
import { CancelledBy, SessionStatus } from './enums';

@Entity({ name: 'contact_sessions' })
@ObjectType({ description: 'One planned meeting, call or letter under a contact arrangement, and what happened.' })
export class ContactSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arrangement_id', type: 'uuid' })
  arrangementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  /** The family member's person record, copied from the arrangement: whose session it is. */
  @Column({ name: 'member_person_id', type: 'uuid', nullable: true })
  memberPersonId: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date: string;

  @Field({ description: 'Start time, HH:MM (UK local time)' })
  @Column({ name: 'start_time' })
  startTime: string;

  @Field(() => VenueType)
  @Column({ name: 'venue_type', type: 'text' })
  venueType: VenueType;

  /** The named place; withheld where it would reveal where the child lives. */
  @Column({ name: 'venue_description', type: 'text', nullable: true })
  venueDescription: string | null;

  @Field({ description: 'The venue would reveal where the child lives (a carer’s home, a nearby school).' })
  @Column({ name: 'venue_confidential' })
  venueConfidential: boolean;

  @Field(() => String, { nullable: true, description: 'When the child is picked up, HH:MM' })
  @Column({ name: 'pick_up_time', type: 'text', nullable: true })
  pickUpTime: string | null;

  @Field(() => String, { nullable: true, description: 'When the child is brought back, HH:MM' })
  @Column({ name: 'drop_off_time', type: 'text', nullable: true })
  dropOffTime: string | null;

  @Field(() => SessionStatus)
  @Column({ type: 'text' })
  status: SessionStatus;

  @Field(() => CancelledBy, { nullable: true })
  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy: CancelledBy | null;

  /** Shown through ContactSessionResolver.cancellationReason, redacted for the family (free-text screen). */
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ name: 'supervisor_record', type: 'text', nullable: true })
  supervisorRecord: string | null;

  @Column({ name: 'child_views', type: 'text', nullable: true })
  childViews: string | null;

  @Column({ name: 'carer_note', type: 'text', nullable: true })
  carerNote: string | null;

  @Field({ description: 'The record is marked for court: only those with a court relationship read it.' })
  @Column({ name: 'for_court' })
  forCourt: boolean;

  /** Whose session it is: the policy shows a parent their own only. */
  get ownerPersonId(): string | null {
    return this.memberPersonId;
  }
}
