import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'delegated_authority_confirmations' })
@ObjectType('DelegatedAuthorityConfirmation', {
  description: 'A review that re-confirmed a version of the matrix (DOMAIN.md §4: reviews should re-confirm it).',
})
export class Confirmation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => ID, { description: 'The review (care-planning’s Review.id)' })
  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'confirmed_by', type: 'uuid' })
  confirmedBy: string;

  @Field(() => DateScalar)
  @Column({ name: 'confirmed_on', type: 'date' })
  confirmedOn: string;
}
