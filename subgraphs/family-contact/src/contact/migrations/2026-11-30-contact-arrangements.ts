import { appendOnly, dropAppendOnly } from '@lac/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = `'face_to_face','supervised','supported','video','phone','letterbox'`;

export class ContactArrangements1795996800200 implements MigrationInterface {
  name = 'ContactArrangements1795996800200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_contact.contact_arrangements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL,
        family_member_id uuid NOT NULL REFERENCES family_contact.family_members (id),
        member_person_id uuid,
        version int NOT NULL DEFAULT 1,
        start_date date NOT NULL,
        end_date date,
        type text NOT NULL CHECK (type IN (${TYPES})),
        frequency text NOT NULL,
        supervision_level text NOT NULL
          CHECK (supervision_level IN ('none','supported','supervised','closely_supervised')),
        venue_type text NOT NULL
          CHECK (venue_type IN ('contact_centre','carer_home','family_home','community','school','remote','other')),
        transport text,
        facilitated_by text NOT NULL
          CHECK (facilitated_by IN ('social_worker','contact_worker','carer','family','other')),
        court_ordered boolean NOT NULL,
        court_order_terms text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (court_ordered = (court_order_terms IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX contact_arrangements_child ON family_contact.contact_arrangements (child_id)`);
    await q.query(
      `CREATE INDEX contact_arrangements_member ON family_contact.contact_arrangements (family_member_id, type)`,
    );
    await q.query(`
      CREATE TABLE family_contact.contact_arrangement_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arrangement_id uuid NOT NULL REFERENCES family_contact.contact_arrangements (id),
        child_id uuid NOT NULL,
        version int NOT NULL,
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL,
        changed_fields text[] NOT NULL,
        start_date date NOT NULL,
        end_date date,
        terms jsonb NOT NULL,
        UNIQUE (arrangement_id, version)
      )`);
    await appendOnly(q, 'family_contact.contact_arrangement_changes');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAppendOnly(q, 'family_contact.contact_arrangement_changes');
    await q.query(`DROP TABLE family_contact.contact_arrangement_changes`);
    await q.query(`DROP TABLE family_contact.contact_arrangements`);
  }
}
