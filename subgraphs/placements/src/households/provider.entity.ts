import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProviderKind } from './approval-type.enum';

@Entity({ name: 'providers' })
@ObjectType({ description: 'Who provides a household: the local authority’s own service or an agency.' })
export class Provider {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => ProviderKind)
  @Column({ type: 'text' })
  kind: ProviderKind;

  @Field({ description: 'SSDA903 placement provider code (PR1-PR5)' })
  @Column({ name: 'provider_code' })
  providerCode: string;
}
