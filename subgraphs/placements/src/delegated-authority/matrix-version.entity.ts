import type { RecordOwner } from '@lac/access';
import { DateScalar, Sensitive } from '@lac/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Entry } from './entry';

@Entity({ name: 'delegated_authority_versions' })
@ObjectType('DelegatedAuthority', {
  description:
    'Who may take which decisions about the child in their current placement (the delegated-authority matrix of the placement plan, DOMAIN.md §4): one version, holding every row.',
})
export class MatrixVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => Int, { description: 'Each change is a new version; a save names the version it was made from.' })
  @Column({ type: 'integer' })
  version: number;

  @Field({ description: 'The SSDA903 legal status the rows were checked against when this version was saved' })
  @Column({ name: 'legal_status' })
  legalStatus: string;

  @Column({ type: 'jsonb' })
  entries: Entry[];

  /**
   * Free text from the social worker (and, on an approval, the carer's words): it could name a school or a street, so
   * only those who see the history read it, never a parent (CA 1989 Sch 2 para 15) or, in working words, the child.
   */
  @Field(() => String, { nullable: true, description: 'Why it changed; for the carer and the professionals' })
  @Sensitive('delegated_authority_history')
  @Column()
  reason: string;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy: string;

  @Field(() => DateScalar)
  @Column({ name: 'changed_on', type: 'date' })
  changedOn: string;

  /** The carer of the placement, set when loaded: a carer sees this matrix's requests and history for their own only. */
  ownerPersonId: RecordOwner;
}
