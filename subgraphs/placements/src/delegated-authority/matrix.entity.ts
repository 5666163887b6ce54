import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A placement's matrix: which version is current. Saves move it with `UPDATE … WHERE version = $n`. */
@Entity({ name: 'delegated_authority' })
export class Matrix {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ type: 'integer' })
  version: number;
}
