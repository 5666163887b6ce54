import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A carer account of a household; only approved carers receive children (and with them, access). */
@Entity({ name: 'household_carers' })
export class HouseholdCarer {
  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ default: true })
  approved: boolean;
}
