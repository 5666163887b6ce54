import { DateScalar } from '@lac/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

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

  /** Whose household this is: a carer sees sensitive fields of their own placements only. */
  get ownerPersonId(): string | null {
    return this.carerPersonId;
  }
}
