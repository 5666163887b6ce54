import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far each reader has read a child's messages: one marker per child per reader, moved forward when the IRO
 * opens the messages (docs/domain.md#the-childs-channel). A timestamp, not a flag per message, so the unread count
 * is one aggregate per caseload and a new message is unread without writing anything.
 */
export class IroMessageReads1796079001400 implements MigrationInterface {
  name = 'IroMessageReads1796079001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.iro_message_reads (
        child_id uuid NOT NULL REFERENCES care_planning.children(id),
        reader_id uuid NOT NULL,
        read_up_to timestamptz NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (child_id, reader_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_planning.iro_message_reads`);
  }
}
