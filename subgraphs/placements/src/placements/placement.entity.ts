import type { RecordOwner } from '@lac/access';
import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { VisitRegime } from './visit-regime.enum';

@Entity({ name: 'placements' })
@ObjectType({ description: 'Where and with whom a child lives for a time, typed as in the SSDA903 return.' })
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'carer_person_id', type: 'uuid', nullable: true })
  carerPersonId: string | null;

  /** The household the child lives with (docs/decisions/0023-households.md); none for older rows without a carer. */
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  /**
   * The household's approved carer accounts, read in the same statement as the placement (a subquery, so the
   * caseload's statement count does not grow): whose placement this is for `carerOnlyOwn`.
   */
  @VirtualColumn({
    query: (alias) =>
      `SELECT coalesce(array_agg(hc.person_id::text ORDER BY hc.person_id), '{}'::text[])
         FROM placements.household_carers hc WHERE hc.household_id = ${alias}.household_id AND hc.approved`,
  })
  householdCarerIds?: string[];

  @Field({ description: 'SSDA903 placement type code, e.g. U6' })
  @Column({ name: 'placement_type' })
  placementType: string;

  @Field(() => DateScalar)
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'address_line1' })
  addressLine1: string;

  @Column({ name: 'address_line2', type: 'text', nullable: true })
  addressLine2: string | null;

  @Column()
  town: string;

  @Column()
  postcode: string;

  @Field(() => String, {
    nullable: true,
    description: 'SSDA903 placement provider code (PR0-PR5); none for a temporary placement',
  })
  @Column({ name: 'provider_code', type: 'text', nullable: true })
  providerCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SSDA903 reason the placement ended (REASON_PLACE_CHANGE): given on a move and on an end alike',
  })
  @Column({ name: 'reason_for_change', type: 'text', nullable: true })
  reasonForChange: string | null;

  @Field(() => Float, { nullable: true, description: "Distance from the child's home address, in kilometres" })
  @Column({
    name: 'distance_from_home_km',
    type: 'numeric',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  distanceFromHomeKm: number | null;

  @Field({ description: 'The placement plan says it is meant to last until the child is 18 (reg 28 visit intervals)' })
  @Column({ name: 'intended_until_eighteen', default: false })
  intendedUntilEighteen: boolean;

  @Field(() => VisitRegime, { description: 'Which reg 28 visit timetable applies (DOMAIN.md §1.5)' })
  @Column({ name: 'visit_regime', type: 'text', default: 'standard' })
  visitRegime: VisitRegime;

  /**
   * When its placement plan was agreed (null: not yet, or no plan), read with the placement where the plan's due
   * status is asked for a page of children (placement-rows.ts); undefined when the placement came from elsewhere.
   */
  planAgreedOn?: string | null;

  /** Whose household this is: every approved carer of it sees sensitive fields of their own placements only. */
  get ownerPersonId(): RecordOwner {
    return this.householdId ? (this.householdCarerIds ?? []) : this.carerPersonId;
  }
}
