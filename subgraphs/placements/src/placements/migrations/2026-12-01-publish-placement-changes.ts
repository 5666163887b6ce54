import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements publishes `Child.lastPlacementChange` to care-planning, whose review schedule needs it (DOMAIN.md §1.1,
 * reg 32(2); docs/decisions/0026), in the same transaction as the write that changed it: statement triggers on
 * `placements.placements` (insert, delete, and an update that moves a start date or a child) call care-planning's
 * `care_planning.record_placement_changes` — its one entry point, granted to placements' role alone — with the fact
 * worked out here. A trigger rather than a call in each mutation: no writer (a mutation, the demo seed, a fixture, a
 * fix in SQL) can forget it, and a write that cannot publish fails as a whole.
 *
 * `publish_placement_changes` is the SQL twin of `lastChange` (`placements/stability.ts`): the start of the newest
 * placement when the child has more than one, else none. `test/federation/placement-change-published.test.ts`
 * fails if the two ever disagree. It runs as the caller (the placements role, or the owner for migrations and
 * seeds) and first locks the child's placements, so two writes for one child publish in turn, the second from the
 * committed rows of the first (two first placements at once are already serialised by `placements_one_current`).
 *
 * Backfill: every child with a placement is published, when care-planning's function is there already; else
 * care-planning's own migration asks `publish_all_placement_changes` when it runs (the services migrate in any order).
 * Until then a write publishes nothing rather than fail, so placements can run (and its own tests migrate) without
 * care-planning's schema; the copy is complete from the moment care-planning's table exists.
 */
export class PublishPlacementChanges1796155260200 implements MigrationInterface {
  name = 'PublishPlacementChanges1796155260200';

  async up(q: QueryRunner): Promise<void> {
    // plpgsql, not sql: its body is bound when it runs, so this migration may run before care-planning's.
    await q.query(`
      CREATE FUNCTION placements.publish_placement_changes(children uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
        dates date[];
      BEGIN
        SELECT array_agg(DISTINCT c ORDER BY c) INTO ids FROM unnest(children) AS c WHERE c IS NOT NULL;
        IF ids IS NULL THEN RETURN; END IF;
        -- Before care-planning has migrated there is no one to tell: its migration publishes every child when it
        -- creates the table (so nothing is lost). Read from the catalog, which needs no right on its schema; once
        -- the function exists, a call that fails fails the write.
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname = 'care_planning' AND p.proname = 'record_placement_changes') THEN
          RETURN;
        END IF;
        -- Row locks (kept in the rows, not in the lock table, so a seed of 30,000 children in one transaction holds
        -- no more lock slots); NO KEY UPDATE, so a plan or a visit referring to a placement does not wait on it.
        PERFORM 1 FROM placements.placements p WHERE p.child_id = ANY(ids) ORDER BY p.id FOR NO KEY UPDATE;
        -- A new statement after the locks: under READ COMMITTED it sees what the writer before us committed.
        SELECT array_agg(l.last_change ORDER BY c.id) INTO dates
          FROM unnest(ids) AS c(id)
          CROSS JOIN LATERAL (
            SELECT CASE WHEN count(*) > 1 THEN max(p.start_date) END AS last_change
              FROM placements.placements p WHERE p.child_id = c.id) l;
        PERFORM care_planning.record_placement_changes(ids, dates);
      END $$`);
    await q.query(`
      CREATE FUNCTION placements.placements_publish_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        children uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(child_id) INTO children FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(child_id) INTO children FROM old_rows;
        ELSE
          -- Ending a placement or changing its address does not move the last change: publish nothing then.
          SELECT array_agg(c) INTO children
            FROM old_rows o JOIN new_rows n ON n.id = o.id, unnest(ARRAY[o.child_id, n.child_id]) AS c
           WHERE o.start_date IS DISTINCT FROM n.start_date OR o.child_id IS DISTINCT FROM n.child_id;
        END IF;
        IF children IS NOT NULL THEN PERFORM placements.publish_placement_changes(children); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER placements_publish_insert AFTER INSERT ON placements.placements
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION placements.placements_publish_changes()`);
    await q.query(`
      CREATE TRIGGER placements_publish_update AFTER UPDATE ON placements.placements
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION placements.placements_publish_changes()`);
    await q.query(`
      CREATE TRIGGER placements_publish_delete AFTER DELETE ON placements.placements
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION placements.placements_publish_changes()`);
    await q.query(`
      CREATE FUNCTION placements.publish_all_placement_changes() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM placements.publish_placement_changes(array_agg(DISTINCT child_id)) FROM placements.placements;
      END $$`);
    const [{ subscriber }] = (await q.query(
      `SELECT to_regprocedure('care_planning.record_placement_changes(uuid[], date[])') IS NOT NULL AS subscriber`,
    )) as Array<{ subscriber: boolean }>;
    if (subscriber) await q.query(`SELECT placements.publish_all_placement_changes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER placements_publish_${op} ON placements.placements`);
    await q.query(`DROP FUNCTION placements.publish_all_placement_changes()`);
    await q.query(`DROP FUNCTION placements.placements_publish_changes()`);
    await q.query(`DROP FUNCTION placements.publish_placement_changes(uuid[])`);
  }
}
