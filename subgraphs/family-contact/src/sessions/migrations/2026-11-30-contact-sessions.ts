import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactSessions1795996800300 implements MigrationInterface {
  name = 'ContactSessions1795996800300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_contact.contact_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arrangement_id uuid NOT NULL REFERENCES family_contact.contact_arrangements (id),
        child_id uuid NOT NULL,
        member_person_id uuid,
        version int NOT NULL DEFAULT 1,
        date date NOT NULL,
        start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        venue_type text NOT NULL,
        venue_description text,
        venue_confidential boolean NOT NULL,
        pick_up_time text,
        drop_off_time text,
        status text NOT NULL CHECK (status IN ('scheduled','took_place','late','missed','cancelled')),
        cancelled_by text
          CHECK (cancelled_by IN ('family_member','child','carer','local_authority','contact_service')),
        cancellation_reason text,
        supervisor_record text,
        child_views text,
        carer_note text,
        for_court boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'cancelled') = (cancelled_by IS NOT NULL AND cancellation_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX contact_sessions_child ON family_contact.contact_sessions (child_id, date)`);
    await q.query(
      `CREATE INDEX contact_sessions_arrangement ON family_contact.contact_sessions (arrangement_id, date)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE family_contact.contact_sessions`);
  }
}
