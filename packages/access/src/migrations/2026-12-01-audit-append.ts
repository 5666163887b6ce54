import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One append per request (docs/security.md, "An audit nobody can rewrite"; decision 0025). The per-row trigger
 * locked the chain's head for every row and held it to commit, so a caseload of fifty children took the lock at its
 * first row and kept every other writer waiting while the other forty-nine were hashed and inserted one by one.
 *
 * `audit.append_reads(actor, entries, operation, subgraph, request)` is now the services' one way in: it prepares
 * every row's content first, without the lock; then locks the head once, gives the rows their ids in chain order
 * and each its hash from the one before, in one pass; inserts them in one statement and moves the head once. The
 * digest is `audit.reads_digest`'s, unchanged (so the verifier and the archive read old and new rows alike): the
 * content is hashed as the same canonical JSON, with the id added once it is known (jsonb prints its keys in a
 * fixed order). A column added to `audit.reads` later must be added to that content too: the chain tests, which
 * check the function's rows with the verifier, fail until it is. A rolled-back request rolls back its rows and the
 * head with them.
 *
 * The services lose INSERT on `audit.reads` (packages/database/src/roles.ts grants EXECUTE on this function
 * instead), so no service can write a row the chain did not make. The trigger stays, for rows written straight
 * into the table by the owner (none in the running system; a test's back-dated row): it chains a row that arrives
 * without a hash and no longer fires for the function's rows, which arrive hashed.
 */
export class AuditAppend1796100000300 implements MigrationInterface {
  name = 'AuditAppend1796100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit.append_reads(actor uuid, entries jsonb, operation_name text, subgraph_name text,
                                         request text) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        stamp timestamptz := now();
        common jsonb;
        content jsonb[];
        ids bigint[];
        prevs bytea[];
        hashes bytea[];
        last bytea;
        n integer;
      BEGIN
        -- Each row's content before the lock: audit.reads_digest's JSON of the row as it will be stored, but the id
        -- (every column but the chain's own, nulls left out, the time in UTC), built from the values directly.
        common := jsonb_strip_nulls(jsonb_build_object(
          'at', to_char(stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'actor_id', actor,
          'operation', operation_name, 'subgraph', subgraph_name, 'request_id', request));
        SELECT array_agg(jsonb_strip_nulls(jsonb_build_object(
                 'relationship', e.relationship, 'child_id', e.child_id, 'what', e.what, 'labels', e.labels,
                 'outcome', coalesce(e.outcome, 'allowed'))) || common ORDER BY e.i)
          INTO content
          FROM ROWS FROM (jsonb_to_recordset(entries) AS (child_id uuid, relationship text, outcome text,
                                                          labels text[], what text))
               WITH ORDINALITY AS e(child_id, relationship, outcome, labels, what, i);
        n := coalesce(array_length(content, 1), 0);
        IF n = 0 THEN
          RETURN 0;
        END IF;
        -- One writer at a time from here to commit: ids in chain order, each hash from the one before.
        SELECT h.hash INTO last FROM audit.chain_head h FOR UPDATE;
        ids := array_fill(NULL::bigint, ARRAY[n]);
        prevs := array_fill(NULL::bytea, ARRAY[n]);
        hashes := array_fill(NULL::bytea, ARRAY[n]);
        FOR i IN 1..n LOOP
          ids[i] := nextval('audit.reads_id_seq');
          prevs[i] := last;
          last := sha256(coalesce(last, ''::bytea)
                         || convert_to((content[i] || jsonb_build_object('id', ids[i]))::text, 'UTF8'));
          hashes[i] := last;
        END LOOP;
        INSERT INTO audit.reads (id, at, actor_id, relationship, child_id, what, labels, outcome, operation,
                                 subgraph, request_id, prev_hash, hash)
        SELECT k.id, stamp, actor, e.relationship, e.child_id, e.what, e.labels, coalesce(e.outcome, 'allowed'),
               operation_name, subgraph_name, request, k.prev, k.hash
          FROM ROWS FROM (jsonb_to_recordset(entries) AS (child_id uuid, relationship text, outcome text,
                                                          labels text[], what text))
               WITH ORDINALITY AS e(child_id, relationship, outcome, labels, what, i)
          JOIN unnest(ids, prevs, hashes) WITH ORDINALITY AS k(id, prev, hash, i) ON k.i = e.i;
        UPDATE audit.chain_head SET last_id = ids[n], hash = last;
        RETURN n;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit.append_reads(uuid, jsonb, text, text, text) FROM PUBLIC`);
    // The trigger chains only what arrives unchained: the owner's own inserts.
    await q.query(`DROP TRIGGER reads_chain ON audit.reads`);
    await q.query(`
      CREATE TRIGGER reads_chain BEFORE INSERT ON audit.reads
      FOR EACH ROW WHEN (NEW.hash IS NULL) EXECUTE FUNCTION audit.reads_chain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER reads_chain ON audit.reads`);
    await q.query(`
      CREATE TRIGGER reads_chain BEFORE INSERT ON audit.reads
      FOR EACH ROW EXECUTE FUNCTION audit.reads_chain()`);
    await q.query(`DROP FUNCTION audit.append_reads(uuid, jsonb, text, text, text)`);
  }
}
