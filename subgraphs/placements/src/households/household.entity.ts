import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApprovalType } from './approval-type.enum';

@Entity({ name: 'households' })
@ObjectType({
  description: 'A carers’ household: what it is approved as, who provides it and the carer accounts that belong to it.',
})
export class Household {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: 'The provider’s reference for the household' })
  @Column()
  reference: string;

  @Field(() => ApprovalType)
  @Column({ name: 'approval_type', type: 'text' })
  approvalType: ApprovalType;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;
}
