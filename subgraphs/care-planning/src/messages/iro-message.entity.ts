import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum MessageSender {
  YOUNG_PERSON = 'young_person',
  IRO = 'iro',
}
registerEnumType(MessageSender, {
  name: 'MessageSender',
  description: 'Who wrote a message on the child’s channel to their IRO',
});

/**
 * A message from the young person to their IRO, or the IRO's reply to one. The body is private to the child and
 * the allocated IRO (label `child_iro_messages`) unless the IRO shares the message for safeguarding.
 */
@Entity({ name: 'iro_messages' })
@ObjectType({ description: 'A message between a young person and their IRO: private to the two of them.' })
export class IroMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Field(() => MessageSender)
  @Column({ type: 'text' })
  sender: MessageSender;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'The young person’s message this replies to (IRO replies only)' })
  @Column({ name: 'reply_to', type: 'uuid', nullable: true })
  replyTo: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAtTime: Date;

  @Field({ description: 'When it was sent (ISO 8601 timestamp)' })
  get sentAt(): string {
    return this.sentAtTime.toISOString();
  }
}

@Entity({ name: 'iro_message_shares' })
export class IroMessageShare {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'shared_by', type: 'uuid' })
  sharedBy: string;

  @Column({ name: 'shared_at', type: 'timestamptz' })
  sharedAt: Date;
}

@Entity({ name: 'iro_channel_openings' })
export class IroChannelOpening {
  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  /** The request's day in England, as every other date in the record. */
  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}
