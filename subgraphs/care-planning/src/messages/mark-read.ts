import type { EntityManager } from 'typeorm';
import type { IroMessage } from './iro-message.entity';

/**
 * The reader has read the child's messages up to and including `message`. The marker only moves forward, so an
 * older page opened late (another tab, the back button) cannot make read messages unread again.
 */
export async function markMessagesRead(em: EntityManager, message: IroMessage, readerId: string): Promise<void> {
  await em.query(
    // sent_at read in SQL, not from the entity: a JavaScript Date drops PostgreSQL's microseconds, and the marker
    // would then fall just before the message it marks.
    `INSERT INTO care_planning.iro_message_reads (child_id, reader_id, read_up_to, read_at)
     SELECT m.child_id, $2, m.sent_at, now() FROM care_planning.iro_messages m WHERE m.id = $1
     ON CONFLICT (child_id, reader_id) DO UPDATE
       SET read_up_to = GREATEST(care_planning.iro_message_reads.read_up_to, EXCLUDED.read_up_to), read_at = now()`,
    [message.id, readerId],
  );
}
