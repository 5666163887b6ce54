import type { RecordOwner } from '@lac/access';
import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DecisionArea, DecisionHolder } from './areas';

export enum RequestStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  DECLINED = 'declined',
}
registerEnumType(RequestStatus, { name: 'DelegatedAuthorityRequestStatus' });

@Entity({ name: 'delegated_authority_requests' })
@ObjectType('DelegatedAuthorityRequest', {
  description: 'A carer asking to change who holds one decision, and the social worker’s answer with the reason.',
})
export class ChangeRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => DecisionArea)
  @Column({ type: 'text' })
  area: DecisionArea;

  @Field(() => DecisionHolder, { description: 'Who the carer asks to hold it' })
  @Column({ type: 'text' })
  holder: DecisionHolder;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Field({ description: 'Why the carer asks' })
  @Column()
  why: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Field(() => DateScalar)
  @Column({ name: 'requested_on', type: 'date' })
  requestedOn: string;

  @Field(() => Int, { description: 'The version the carer was reading' })
  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Field(() => RequestStatus)
  @Column({ type: 'text' })
  status: RequestStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The social worker’s reason for approving or declining' })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Int, { nullable: true, description: 'The version an approval made' })
  @Column({ name: 'resulting_version', type: 'integer', nullable: true })
  resultingVersion: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  ownerPersonId: RecordOwner;
}
