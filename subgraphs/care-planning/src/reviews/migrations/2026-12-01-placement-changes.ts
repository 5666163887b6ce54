import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Care-planning's own copy of placements' fact "when the child last moved from one placement to another", which
 * brings the next review forward (DOMAIN.md §1.1, reg 32(2); docs/decisions/0026). Placements publishes it through
 * `record_placement_changes` in the same transaction as the write that changed it; care-planning never reads
 * placements' tables. The function is the only way in: SECURITY DEFINER (it runs as the owner), its search_path
 * pinned so a caller's objects cannot stand in for these, EXECUTE taken from PUBLIC; the owner grants it to
 * placements' role after every migration run (`CROSS_SERVICE_FUNCTIONS` in @lac/database).
 *
 * No foreign key to `children`: placements may hold a placement for a child care-planning has not recorded (a
 * test's fixture, an import in the wrong order), and that must not fail placements' write; such a row is simply
 * never read. A null date (no second placement any more, after a correction) removes the row.
 *
 * Whichever of the two migrations runs second fills the table: the services migrate in any order, so if
 * placements' publisher is already there, it is asked to publish every child it holds a placement for.
 */
export class PlacementChanges1796155260100 implements MigrationInterface {
  name = 'PlacementChanges1796155260100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_planning.placement_changes (
        child_id uuid PRIMARY KEY,
        last_change_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE FUNCTION care_planning.record_placement_changes(child_ids uuid[], changed_on date[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        IF cardinality(child_ids) IS DISTINCT FROM cardinality(changed_on) THEN
          RAISE EXCEPTION 'record_placement_changes: % children but % dates',
            cardinality(child_ids), cardinality(changed_on);
        END IF;
        DELETE FROM care_planning.placement_changes c
         USING unnest(child_ids, changed_on) AS f(child_id, changed_on)
         WHERE c.child_id = f.child_id AND f.changed_on IS NULL;
        INSERT INTO care_planning.placement_changes AS c (child_id, last_change_on)
        SELECT DISTINCT ON (f.child_id) f.child_id, f.changed_on
          FROM unnest(child_ids, changed_on) AS f(child_id, changed_on)
         WHERE f.child_id IS NOT NULL AND f.changed_on IS NOT NULL
        ON CONFLICT (child_id) DO UPDATE SET last_change_on = excluded.last_change_on, recorded_at = now()
          WHERE c.last_change_on IS DISTINCT FROM excluded.last_change_on;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION care_planning.record_placement_changes(uuid[], date[]) FROM PUBLIC`);
    const [{ publisher }] = (await q.query(
      `SELECT to_regprocedure('placements.publish_all_placement_changes()') IS NOT NULL AS publisher`,
    )) as Array<{ publisher: boolean }>;
    if (publisher) await q.query(`SELECT placements.publish_all_placement_changes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION care_planning.record_placement_changes(uuid[], date[])`);
    await q.query(`DROP TABLE care_planning.placement_changes`);
  }
}
