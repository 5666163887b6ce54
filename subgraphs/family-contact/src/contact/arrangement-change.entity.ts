import { DateScalar } from '@lac/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ContactTerms } from './terms';

/** One version of an arrangement: who changed it, when, why, and what it said afterwards. Append-only. */
@Entity({ name: 'contact_arrangement_changes' })
@ObjectType({ description: 'One version in the history of a contact arrangement.' })
export class ContactArrangementChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'arrangement_id', type: 'uuid' })
  arrangementId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAtTime: Date;

  @Field({ description: 'When the change was saved (ISO 8601, UTC)' })
  get changedAt(): string {
    return this.changedAtTime.toISOString();
  }

  @Field({ description: 'Why, in the words of whoever changed it' })
  @Column()
  reason: string;

  @Field(() => [String], { description: 'Which terms or dates this version changed (all of them for the first)' })
  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields: string[];

  @Field(() => DateScalar)
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => ContactTerms)
  @Column({ type: 'jsonb' })
  terms: ContactTerms;
}
