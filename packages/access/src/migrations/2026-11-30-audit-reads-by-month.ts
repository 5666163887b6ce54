import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `audit.reads` partitioned by month of `at` (docs/security.md, "Audit"), so the rows past the retention period are
 * archived and dropped a partition at a time (`pnpm audit:archive`), detached CONCURRENTLY: no lock that stops the
 * services writing, no DELETE on an append-only table.
 *
 * The rows already there become one partition, `audit.reads_before_partitions`, covering everything before next
 * month; `audit.ensure_read_partitions(n)` makes the months after it, up to n months ahead (run here, at every
 * migration run and by the archiving command). There is no default partition: a row for a month without one fails
 * to insert, and a read that cannot be audited is not answered — loudly, never silently unaudited.
 *
 * The chain continues across: the trigger and the verifier take the last archived row's hash
 * (`audit.archived_reads`) as the predecessor of the first row still here.
 */
export class AuditReadsByMonth1795996802800 implements MigrationInterface {
  name = 'AuditReadsByMonth1795996802800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW audit.read_labels`);
    // Over the old table's row type; remade below over the partitioned table's.
    await q.query(`DROP FUNCTION audit.reads_digest(bytea, audit.reads)`);
    await q.query(`DROP TRIGGER reads_chain ON audit.reads`);
    await q.query(`DROP TRIGGER reads_append_only ON audit.reads`);
    await q.query(`DROP TRIGGER reads_no_truncate ON audit.reads`);
    // A partitioned table's key must hold the partition's column: (id, at), which ATTACH gives the old table.
    await q.query(`ALTER TABLE audit.reads DROP CONSTRAINT reads_pkey`);
    await q.query(`ALTER TABLE audit.reads RENAME TO reads_before_partitions`);
    await q.query(`
      CREATE TABLE audit.reads (
        id bigint NOT NULL DEFAULT nextval('audit.reads_id_seq'),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid NOT NULL,
        relationship text,
        child_id uuid NOT NULL,
        what text,
        operation text,
        subgraph text NOT NULL,
        request_id text NOT NULL,
        outcome text NOT NULL DEFAULT 'allowed',
        prev_hash bytea,
        hash bytea NOT NULL,
        labels text[],
        PRIMARY KEY (id, at),
        CONSTRAINT reads_outcome_check CHECK (outcome IN ('allowed', 'denied')),
        CONSTRAINT reads_outcome_relationship CHECK ((outcome = 'allowed') = (relationship IS NOT NULL)),
        CONSTRAINT reads_what_or_labels CHECK ((what IS NULL) <> (labels IS NULL)),
        CONSTRAINT reads_labels_not_empty CHECK (cardinality(labels) > 0)
      ) PARTITION BY RANGE (at)`);
    // The ids go on from the same sequence, which now belongs to the partitioned table (dropping an archived
    // partition must not take it along).
    await q.query(`ALTER SEQUENCE audit.reads_id_seq OWNED BY audit.reads.id`);
    await q.query(`CREATE INDEX reads_by_month_child ON audit.reads (child_id, at)`);
    await q.query(`CREATE INDEX reads_by_month_actor ON audit.reads (actor_id, at)`);
    await q.query(`CREATE INDEX reads_by_month_id ON audit.reads (id)`);
    await q.query(`
      ALTER TABLE audit.reads ATTACH PARTITION audit.reads_before_partitions
        FOR VALUES FROM (MINVALUE) TO (${nextMonthUtc})`);
    await q.query(`
      CREATE TABLE audit.archived_reads (
        partition text PRIMARY KEY,
        rows bigint NOT NULL,
        first_id bigint,
        last_id bigint,
        last_hash bytea,
        archive_file text NOT NULL,
        archive_sha256 text NOT NULL,
        archived_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(digestFunction);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.reads_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE last bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('lac audit.reads chain'));
        NEW.id := nextval('audit.reads_id_seq');
        SELECT r.hash INTO last FROM audit.reads r ORDER BY r.id DESC LIMIT 1;
        IF NOT FOUND THEN
          SELECT a.last_hash INTO last FROM audit.archived_reads a ORDER BY a.last_id DESC NULLS LAST LIMIT 1;
        END IF;
        NEW.prev_hash := last;
        NEW.hash := audit.reads_digest(last, NEW);
        RETURN NEW;
      END $$`);
    for (const table of ['reads', 'archived_reads']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON audit.${table}
        FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON audit.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
    }
    await q.query(`
      CREATE TRIGGER reads_chain BEFORE INSERT ON audit.reads
      FOR EACH ROW EXECUTE FUNCTION audit.reads_chain()`);
    await q.query(readLabelsView);
    await q.query(`
      CREATE FUNCTION audit.ensure_read_partitions(months_ahead int) RETURNS int
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      DECLARE m timestamp; made int := 0; name text;
      BEGIN
        FOR i IN 0..months_ahead LOOP
          m := date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => i);
          name := 'reads_' || to_char(m, 'YYYY_MM');
          CONTINUE WHEN to_regclass('audit.' || name) IS NOT NULL;
          BEGIN
            EXECUTE format('CREATE TABLE audit.%I PARTITION OF audit.reads FOR VALUES FROM (%L) TO (%L)',
              name, m AT TIME ZONE 'UTC', (m + interval '1 month') AT TIME ZONE 'UTC');
            made := made + 1;
          EXCEPTION WHEN invalid_object_definition THEN
            NULL; -- the month lies inside the partition of the rows from before partitioning
          END;
        END LOOP;
        RETURN made;
      END $$`);
    await q.query(`SELECT audit.ensure_read_partitions(12)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit.ensure_read_partitions(int)`);
    await q.query(`DROP VIEW audit.read_labels`);
    await q.query(`ALTER TABLE audit.reads DETACH PARTITION audit.reads_before_partitions`);
    await q.query(`DROP FUNCTION audit.reads_digest(bytea, audit.reads)`);
    await q.query(`ALTER SEQUENCE audit.reads_id_seq OWNED BY audit.reads_before_partitions.id`);
    await q.query(`DROP TABLE audit.reads`);
    await q.query(`DROP TABLE audit.archived_reads`);
    await q.query(`ALTER TABLE audit.reads_before_partitions RENAME TO reads`);
    await q.query(`
      DO $$
      DECLARE key text;
      BEGIN
        SELECT conname INTO key FROM pg_constraint WHERE conrelid = 'audit.reads'::regclass AND contype = 'p';
        IF key IS NOT NULL THEN EXECUTE format('ALTER TABLE audit.reads DROP CONSTRAINT %I', key); END IF;
      END $$`);
    await q.query(`ALTER TABLE audit.reads ADD CONSTRAINT reads_pkey PRIMARY KEY (id)`);
    await q.query(digestFunction);
    // Indexes ATTACH built on the old table to match the partitioned one's (its own three are kept).
    await q.query(`
      DO $$
      DECLARE ix regclass;
      BEGIN
        FOR ix IN SELECT indexrelid::regclass FROM pg_index WHERE indrelid = 'audit.reads'::regclass
                   AND indexrelid::regclass::text NOT IN ('audit.reads_pkey', 'audit.reads_child', 'audit.reads_actor')
        LOOP
          EXECUTE format('DROP INDEX %s', ix);
        END LOOP;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.reads_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE last bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('lac audit.reads chain'));
        NEW.id := nextval('audit.reads_id_seq');
        SELECT r.hash INTO last FROM audit.reads r ORDER BY r.id DESC LIMIT 1;
        NEW.prev_hash := last;
        NEW.hash := audit.reads_digest(last, NEW);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER reads_append_only BEFORE UPDATE OR DELETE ON audit.reads
      FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await q.query(`
      CREATE TRIGGER reads_no_truncate BEFORE TRUNCATE ON audit.reads
      FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
    await q.query(`
      CREATE TRIGGER reads_chain BEFORE INSERT ON audit.reads
      FOR EACH ROW EXECUTE FUNCTION audit.reads_chain()`);
    await q.query(readLabelsView);
  }
}

/** The start of next month in UTC, as a bound literal. */
const nextMonthUtc = `(date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC'`;

const readLabelsView = `
  CREATE VIEW audit.read_labels AS
    SELECT r.id, r.at, r.actor_id, r.relationship, r.child_id, coalesce(l.label, r.what) AS what, r.outcome,
           r.operation, r.subgraph, r.request_id
      FROM audit.reads r LEFT JOIN LATERAL unnest(r.labels) AS l(label) ON true`;

/** As 2026-11-30-audit-hash-chain made it, over whichever table is `audit.reads`. */
const digestFunction = `
      CREATE FUNCTION audit.reads_digest(prev bytea, r audit.reads) RETURNS bytea
      LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
        SELECT sha256(coalesce(prev, ''::bytea) || convert_to(jsonb_strip_nulls(
          (to_jsonb(r) - 'hash' - 'prev_hash')
          || jsonb_build_object('at', to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))
        )::text, 'UTF8'))
      $$`;
