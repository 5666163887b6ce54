import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ContactFacilitator, ContactType, SupervisionLevel, VenueType } from './enums';
import { ContactTerms } from './terms';

@Entity({ name: 'contact_arrangements' })
@ObjectType({ description: 'How a child keeps in touch with one family member, and how that plan has changed.' })
export class ContactArrangement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'family_member_id', type: 'uuid' })
  familyMemberId: string;

  /** The family member's person record: whose arrangement it is (a parent sees their own only). */
  @Column({ name: 'member_person_id', type: 'uuid', nullable: true })
  memberPersonId: string | null;

  @Field(() => Int, { description: 'Send it back with a change; a change made meanwhile gives CONFLICT.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => DateScalar)
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text' }) type: ContactType;
  @Column() frequency: string;
  @Column({ name: 'supervision_level', type: 'text' }) supervisionLevel: SupervisionLevel;
  @Column({ name: 'venue_type', type: 'text' }) venueType: VenueType;
  @Column({ type: 'text', nullable: true }) transport: string | null;
  @Column({ name: 'facilitated_by', type: 'text' }) facilitatedBy: ContactFacilitator;
  @Column({ name: 'court_ordered' }) courtOrdered: boolean;
  @Column({ name: 'court_order_terms', type: 'text', nullable: true }) courtOrderTerms: string | null;

  /** Whose arrangement it is: the policy shows a parent their own only. */
  get ownerPersonId(): string | null {
    return this.memberPersonId;
  }

  terms(): ContactTerms {
    return Object.assign(new ContactTerms(), {
      type: this.type,
      frequency: this.frequency,
      supervisionLevel: this.supervisionLevel,
      venueType: this.venueType,
      transport: this.transport,
      facilitatedBy: this.facilitatedBy,
      courtOrdered: this.courtOrdered,
      courtOrderTerms: this.courtOrderTerms,
    });
  }
}
