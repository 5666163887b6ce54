import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Recorded here until the family-contact subgraph owns the family network. */
@Entity({ name: 'parents' })
export class ParentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'has_parental_responsibility' })
  hasParentalResponsibility: boolean;
}
