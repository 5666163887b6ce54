import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews become planned then held: kind and reason, the meeting record, record timescales and a version for
 * optimistic concurrency; decisions, invitations, consultation views and a change log beside them; and the
 * local authority's settings for the schedule and the record timescales.
 */
export class ReviewMeetings1795000001200 implements MigrationInterface {
  name = 'ReviewMeetings1795000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.local_authority_settings (
        local_authority_id uuid PRIMARY KEY REFERENCES care_planning.local_authorities (id),
        additional_review_restarts_cycle boolean NOT NULL DEFAULT false,
        decisions_within_working_days int NOT NULL DEFAULT 5 CHECK (decisions_within_working_days >= 1),
        full_record_within_working_days int NOT NULL DEFAULT 20 CHECK (full_record_within_working_days >= 1)
      )`);
    await q.query(`ALTER TABLE care_planning.reviews ALTER COLUMN held_on DROP NOT NULL`);
    await q.query(`
      ALTER TABLE care_planning.reviews
        ADD COLUMN status text NOT NULL DEFAULT 'held' CHECK (status IN ('planned', 'held')),
        ADD COLUMN kind text NOT NULL DEFAULT 'statutory' CHECK (kind IN ('statutory', 'additional')),
        ADD COLUMN reason text CHECK (reason IN ('iro_request', 'placement_change', 'change_of_plan', 'ceasing_to_be_looked_after', 'other')),
        ADD COLUMN planned_for date,
        ADD COLUMN venue text,
        ADD COLUMN attendees jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN participation_code text,
        ADD COLUMN summary text,
        ADD COLUMN child_private_words text,
        ADD COLUMN spoke_to_child_on date,
        ADD COLUMN decisions_issued_on date,
        ADD COLUMN record_completed_on date,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD CONSTRAINT reviews_held_has_date CHECK (status <> 'held' OR held_on IS NOT NULL),
        ADD CONSTRAINT reviews_planned_has_date CHECK (status <> 'planned' OR planned_for IS NOT NULL),
        ADD CONSTRAINT reviews_reason_for_additional CHECK ((kind = 'additional') = (reason IS NOT NULL))`);
    await q.query(
      `CREATE UNIQUE INDEX reviews_one_planned ON care_planning.reviews (child_id) WHERE status = 'planned'`,
    );
    await q.query(`
      CREATE TABLE care_planning.review_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES care_planning.reviews (id) ON DELETE CASCADE,
        position int NOT NULL,
        text text NOT NULL,
        UNIQUE (review_id, position)
      )`);
    await q.query(`
      CREATE TABLE care_planning.review_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES care_planning.reviews (id) ON DELETE CASCADE,
        person_id uuid,
        name text NOT NULL,
        role text NOT NULL,
        has_account boolean NOT NULL,
        position int NOT NULL
      )`);
    await q.query(`CREATE INDEX review_invitations_review ON care_planning.review_invitations (review_id, position)`);
    await q.query(`
      CREATE TABLE care_planning.review_views (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES care_planning.reviews (id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('self', 'parent', 'carer')),
        views text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (review_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE care_planning.review_changes (
        id bigserial PRIMARY KEY,
        review_id uuid NOT NULL REFERENCES care_planning.reviews (id) ON DELETE CASCADE,
        version int NOT NULL,
        changed_fields text[] NOT NULL,
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (review_id, version)
      )`);
    // Each publication of a review's outcome is a row, never changed: the audit of what each audience was given;
    // the newest row is what they see now.
    await q.query(`
      CREATE TABLE care_planning.review_publications (
        id bigserial PRIMARY KEY,
        review_id uuid NOT NULL REFERENCES care_planning.reviews (id),
        child_letter text NOT NULL,
        parent_summary text,
        carer_summary text,
        child_decision_ids uuid[] NOT NULL,
        parent_decision_ids uuid[] NOT NULL,
        carer_decision_ids uuid[] NOT NULL,
        published_by uuid NOT NULL,
        published_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX review_publications_review ON care_planning.review_publications (review_id, id)`);
    await q.query(`
      CREATE FUNCTION care_planning.publications_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'care_planning.review_publications is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER review_publications_append_only BEFORE UPDATE OR DELETE ON care_planning.review_publications
      FOR EACH ROW EXECUTE FUNCTION care_planning.publications_refuse_change()`);
    await q.query(`
      CREATE TRIGGER review_publications_no_truncate BEFORE TRUNCATE ON care_planning.review_publications
      FOR EACH STATEMENT EXECUTE FUNCTION care_planning.publications_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_planning.review_publications`);
    await q.query(`DROP FUNCTION care_planning.publications_refuse_change()`);
    for (const t of ['review_changes', 'review_views', 'review_invitations', 'review_decisions']) {
      await q.query(`DROP TABLE care_planning.${t}`);
    }
    await q.query(`DROP INDEX care_planning.reviews_one_planned`);
    await q.query(`DELETE FROM care_planning.reviews WHERE status = 'planned'`);
    await q.query(`
      ALTER TABLE care_planning.reviews
        DROP CONSTRAINT reviews_reason_for_additional,
        DROP CONSTRAINT reviews_planned_has_date,
        DROP CONSTRAINT reviews_held_has_date,
        DROP COLUMN version, DROP COLUMN record_completed_on, DROP COLUMN decisions_issued_on,
        DROP COLUMN spoke_to_child_on, DROP COLUMN child_private_words, DROP COLUMN summary,
        DROP COLUMN participation_code, DROP COLUMN attendees, DROP COLUMN venue, DROP COLUMN planned_for,
        DROP COLUMN reason, DROP COLUMN kind, DROP COLUMN status`);
    await q.query(`ALTER TABLE care_planning.reviews ALTER COLUMN held_on SET NOT NULL`);
    await q.query(`DROP TABLE care_planning.local_authority_settings`);
  }
}
