import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit for the audit (docs/security.md, "An audit nobody can rewrite"; decision 0025, amendment "Group
 * commit"). `audit.append_reads(actor, entries, operation, subgraph, request)` takes the chain's head once per request
 * and holds it to commit, so the appends of concurrent requests queue behind each other, each paying its own
 * statement, lock and commit. A subgraph process now sends the trails of the requests that finished while its
 * previous append was in flight together, in one call of `audit.append_reads(groups jsonb)`:
 * `[{actor, operation, subgraph, request, entries: [...]}, …]` — one parameter, one take of the head, one INSERT,
 * one commit, however many requests.
 *
 * Every row keeps its own request's actor, operation, subgraph and request id, exactly as one call per request
 * wrote them; all the rows of one call share its time (`now()`, the transaction's start), as a request's rows always
 * did. The content hashed is `audit.reads_digest`'s, built as the five-parameter function built it, so the verifier
 * and the archive read old and new rows alike. Rows are chained in the order of the groups and, within a group, of
 * its entries: a request's rows are still consecutive ids. A call that fails (one group's bad actor or entry) writes
 * nothing for any group in it.
 *
 * The five-parameter function stays (the safeguarding share and tests call it, inside their own transactions) and
 * becomes a one-group call of this one, so one function alone builds and chains the rows.
 */
export class AuditAppendGroups1796100000700 implements MigrationInterface {
  name = 'AuditAppendGroups1796100000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit.append_reads(groups jsonb) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        stamp timestamptz := now();
        at_utc text := to_char(stamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US');
        content jsonb[];
        ids bigint[];
        prevs bytea[];
        hashes bytea[];
        last bytea;
        n integer;
      BEGIN
        -- Each row's content before the lock: audit.reads_digest's JSON of the row as it will be stored, but the id
        -- (every column but the chain's own, nulls left out, the time in UTC), its request's part from its group.
        SELECT array_agg(jsonb_strip_nulls(jsonb_build_object(
                 'relationship', e.relationship, 'child_id', e.child_id, 'what', e.what, 'labels', e.labels,
                 'outcome', coalesce(e.outcome, 'allowed'), 'at', at_utc, 'actor_id', (g.grp->>'actor')::uuid,
                 'operation', g.grp->>'operation', 'subgraph', g.grp->>'subgraph', 'request_id', g.grp->>'request'))
                 ORDER BY g.gi, e.ei)
          INTO content
          FROM jsonb_array_elements(groups) WITH ORDINALITY AS g(grp, gi)
          CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(g.grp->'entries') AS (child_id uuid, relationship text,
                                        outcome text, labels text[], what text))
               WITH ORDINALITY AS e(child_id, relationship, outcome, labels, what, ei);
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
        SELECT k.id, stamp, r.actor, r.relationship, r.child_id, r.what, r.labels, coalesce(r.outcome, 'allowed'),
               r.operation, r.subgraph, r.request, k.prev, k.hash
          FROM (SELECT (g.grp->>'actor')::uuid AS actor, g.grp->>'operation' AS operation,
                       g.grp->>'subgraph' AS subgraph, g.grp->>'request' AS request, e.*,
                       row_number() OVER (ORDER BY g.gi, e.ei) AS i
                  FROM jsonb_array_elements(groups) WITH ORDINALITY AS g(grp, gi)
                  CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(g.grp->'entries') AS (child_id uuid,
                                                relationship text, outcome text, labels text[], what text))
                       WITH ORDINALITY AS e(child_id, relationship, outcome, labels, what, ei)) r
          JOIN unnest(ids, prevs, hashes) WITH ORDINALITY AS k(id, prev, hash, i) ON k.i = r.i;
        UPDATE audit.chain_head SET last_id = ids[n], hash = last;
        RETURN n;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit.append_reads(jsonb) FROM PUBLIC`);
    // One request's call is a group of one: one function builds and chains every row.
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.append_reads(actor uuid, entries jsonb, operation_name text,
                                                    subgraph_name text, request text) RETURNS integer
      LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$
        SELECT audit.append_reads(jsonb_build_array(jsonb_build_object(
          'actor', actor, 'operation', operation_name, 'subgraph', subgraph_name, 'request', request,
          'entries', entries)))
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The five-parameter function as migration 2026-12-01-audit-append made it (replaced, so its grants stay).
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.append_reads(actor uuid, entries jsonb, operation_name text,
                                                    subgraph_name text, request text) RETURNS integer
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
    await q.query(`DROP FUNCTION audit.append_reads(jsonb)`);
  }
}
