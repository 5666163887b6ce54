import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The child's private channel to their IRO, and IRO challenges (dispute resolution). The safeguarding shares and
 * the challenge history are append-only: what was disclosed, or what happened in a dispute, is never rewritten.
 */
export class VoiceAndChallenges1795000001400 implements MigrationInterface {
  name = 'VoiceAndChallenges1795000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.iro_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        sender text NOT NULL CHECK (sender IN ('young_person', 'iro')),
        author_id uuid NOT NULL,
        body text NOT NULL CHECK (length(btrim(body)) > 0),
        reply_to uuid REFERENCES care_planning.iro_messages (id),
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((sender = 'iro') = (reply_to IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX iro_messages_child ON care_planning.iro_messages (child_id, sent_at)`);
    await q.query(
      `CREATE INDEX iro_messages_reply_to ON care_planning.iro_messages (reply_to) WHERE reply_to IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE care_planning.iro_channel_openings (
        child_id uuid PRIMARY KEY REFERENCES care_planning.children (id),
        opened_by uuid NOT NULL,
        opened_on date NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`
      CREATE TABLE care_planning.iro_message_shares (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL UNIQUE REFERENCES care_planning.iro_messages (id),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        shared_by uuid NOT NULL,
        shared_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX iro_message_shares_child ON care_planning.iro_message_shares (child_id)`);
    await q.query(`
      CREATE FUNCTION care_planning.refuse_change_voice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME;
      END $$`);
    await q.query(`
      CREATE TRIGGER iro_message_shares_append_only BEFORE UPDATE OR DELETE ON care_planning.iro_message_shares
      FOR EACH ROW EXECUTE FUNCTION care_planning.refuse_change_voice()`);

    await q.query(`
      CREATE TABLE care_planning.challenge_stages (
        local_authority_id uuid NOT NULL REFERENCES care_planning.local_authorities (id),
        ordinal integer NOT NULL CHECK (ordinal >= 1),
        name text NOT NULL,
        working_days integer NOT NULL CHECK (working_days >= 1),
        PRIMARY KEY (local_authority_id, ordinal)
      )`);
    await q.query(`
      CREATE TABLE care_planning.challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES care_planning.children (id),
        concern text NOT NULL,
        raised_with text NOT NULL,
        raised_by uuid NOT NULL,
        opened_on date NOT NULL,
        level text NOT NULL CHECK (level IN ('informal', 'alert', 'formal')),
        stage_ordinal integer,
        stage_name text NOT NULL,
        level_started_on date NOT NULL,
        level_working_days integer,
        responded_on date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'referred_to_cafcass')),
        outcome text,
        closed_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((level = 'formal') = (stage_ordinal IS NOT NULL)),
        CHECK ((level = 'informal') = (level_working_days IS NULL)),
        CHECK ((status = 'open') = (closed_on IS NULL))
      )`);
    await q.query(`CREATE INDEX challenges_child ON care_planning.challenges (child_id, opened_on)`);
    await q.query(`
      CREATE TABLE care_planning.challenge_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES care_planning.challenges (id),
        version integer NOT NULL,
        action text NOT NULL CHECK (action IN ('raised', 'response', 'escalated', 'resolved', 'referred_to_cafcass')),
        happened_on date NOT NULL,
        level text NOT NULL,
        stage_name text NOT NULL,
        note text,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (challenge_id, version)
      )`);
    await q.query(`
      CREATE TRIGGER challenge_history_append_only BEFORE UPDATE OR DELETE ON care_planning.challenge_history
      FOR EACH ROW EXECUTE FUNCTION care_planning.refuse_change_voice()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'challenge_history',
      'challenges',
      'challenge_stages',
      'iro_message_shares',
      'iro_channel_openings',
      'iro_messages',
    ]) {
      await q.query(`DROP TABLE care_planning.${t}`);
    }
    await q.query(`DROP FUNCTION care_planning.refuse_change_voice()`);
  }
}
