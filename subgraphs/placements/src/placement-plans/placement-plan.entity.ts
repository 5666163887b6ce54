import type { RecordOwner } from '@lac/access';
import { DateScalar, Sensitive } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What Schedule 2 asks a placement plan to say (DOMAIN.md §2.2); delegated authority has its own matrix. */
export const PLAN_CONTENT = [
  'dayToDayCare',
  'contactArrangements',
  'healthCare',
  'education',
  'school',
  'visitsAndSupport',
  'endingArrangements',
  'finances',
] as const;
export type PlanContentField = (typeof PLAN_CONTENT)[number];

@Entity({ name: 'placement_plans' })
@ObjectType({ description: 'How the placement meets the needs in the care plan (CPPCR reg 9, Schedule 2).' })
export class PlacementPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => Int, { description: 'Give it back as expectedVersion when saving, so no edit is silently lost' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the plan was agreed with the carer' })
  @Column({ name: 'agreed_on', type: 'date', nullable: true })
  agreedOn: string | null;

  @Field({ description: 'Day-to-day care and how the child’s welfare is safeguarded' })
  @Column({ name: 'day_to_day_care' })
  dayToDayCare: string;

  @Field({ description: 'Contact: with whom, how often, and how changes are notified' })
  @Column({ name: 'contact_arrangements' })
  contactArrangements: string;

  @Field({ description: 'Health and dental care, GP and dentist, consent to examination and treatment' })
  @Column({ name: 'health_care' })
  healthCare: string;

  @Field({ description: 'Education and training, and any EHC plan' })
  @Column()
  education: string;

  /** The school names where the child is every weekday: withheld like the address. */
  @Field(() => String, { nullable: true, description: 'The child’s school; withheld from parents' })
  @Sensitive('child_school')
  @Column({ type: 'text', nullable: true })
  school: string | null;

  @Field({ description: 'Social worker visit frequency, support between visits, any independent visitor' })
  @Column({ name: 'visits_and_support' })
  visitsAndSupport: string;

  @Field({ description: 'When and how the placement may be ended' })
  @Column({ name: 'ending_arrangements' })
  endingArrangements: string;

  @Field({ description: 'Finances, for a foster placement' })
  @Column()
  finances: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** The carer of the placement, set when loaded: a carer sees the school of their own placement only. */
  ownerPersonId?: RecordOwner;
}
