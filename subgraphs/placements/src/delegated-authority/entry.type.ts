import { DateScalar } from '@lac/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { DecisionArea, DecisionHolder } from './areas';

@ObjectType('DelegatedAuthorityEntry', { description: 'Who holds one decision, on what conditions, and why' })
export class EntryType {
  @Field(() => DecisionArea) area: DecisionArea;
  @Field(() => DecisionHolder) holder: DecisionHolder;
  @Field(() => String, { nullable: true }) conditions: string | null;
  @Field(() => String, { nullable: true, description: 'Who must be told' }) tellWho: string | null;
  @Field(() => String, { nullable: true, description: 'Why the carer does not hold it' })
  reasonNotDelegated: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Under s.20: when a parent agreed to the delegation' })
  parentAgreedOn: string | null;
  @Field(() => String, { nullable: true, description: 'When the law fixes who decides: the basis, in words' })
  fixedByLaw: string | null;
}

@InputType('DelegatedAuthorityEntryInput')
export class EntryInput {
  @Field(() => DecisionArea) area: DecisionArea;
  @Field(() => DecisionHolder) holder: DecisionHolder;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => String, { nullable: true }) tellWho?: string | null;
  @Field(() => String, { nullable: true }) reasonNotDelegated?: string | null;
  @Field(() => DateScalar, { nullable: true }) parentAgreedOn?: string | null;
}
