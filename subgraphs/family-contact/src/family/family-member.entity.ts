import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FamilyRelation, SiblingLiving } from './relation.enum';

@Entity({ name: 'family_members' })
@ObjectType({ description: "One relative in a child's family network, and whether they hold parental responsibility." })
export class FamilyMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  /** Their person record (access.people) when they have one: a parent's portal account belongs to it. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Field()
  @Column({ name: 'display_name' })
  displayName: string;

  @Field(() => FamilyRelation)
  @Column({ type: 'text' })
  relation: FamilyRelation;

  @Field(() => SiblingLiving, { nullable: true, description: 'For a sibling: where they live.' })
  @Column({ name: 'sibling_living', type: 'text', nullable: true })
  siblingLiving: SiblingLiving | null;

  /** A sibling who is also a child in the system; the link shows only what the policy allows of them. */
  @Column({ name: 'sibling_child_id', type: 'uuid', nullable: true })
  siblingChildId: string | null;

  @Field()
  @Column({ name: 'parental_responsibility' })
  parentalResponsibility: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Since when they hold parental responsibility.' })
  @Column({ name: 'parental_responsibility_since', type: 'date', nullable: true })
  parentalResponsibilitySince: string | null;

  /** The care_planning.parents row this was handed over from, so the hand-over can be undone exactly. */
  @Column({ name: 'legacy_parent_id', type: 'uuid', nullable: true })
  legacyParentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
