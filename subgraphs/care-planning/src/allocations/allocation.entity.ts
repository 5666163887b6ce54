import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AllocationRole = 'iro' | 'social_worker';

@Entity({ name: 'allocations' })
export class Allocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ type: 'text' })
  role: AllocationRole;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;
}
