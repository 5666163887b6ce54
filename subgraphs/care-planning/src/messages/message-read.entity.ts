import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far one reader has read one child's messages: every message sent up to `readUpTo` is read. */
@Entity({ name: 'iro_message_reads' })
export class IroMessageRead {
  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId: string;

  @PrimaryColumn({ name: 'reader_id', type: 'uuid' })
  readerId: string;

  @Column({ name: 'read_up_to', type: 'timestamptz' })
  readUpTo: Date;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;
}
