import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'social_worker_visits' })
@ObjectType({ description: 'A statutory visit by the social worker to the child in the placement (CPPCR reg 28).' })
export class SocialWorkerVisit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => DateScalar)
  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Field({ description: 'Whether the child was seen alone (reg 28(6): unless they refuse or are not old enough)' })
  @Column({ name: 'seen_alone' })
  seenAlone: boolean;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;
}
