import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hand-over of the parents care-planning recorded: each becomes a family member here, and the `parent`
 * relationship it granted is re-sourced to that member (same row, same dates), so no one's access changes at any
 * moment. A database where care-planning has not created its parents yet has nothing to hand over.
 */
export class ParentsFromCarePlanning1795996800100 implements MigrationInterface {
  name = 'ParentsFromCarePlanning1795996800100';

  async up(q: QueryRunner): Promise<void> {
    const [{ present }] = (await q.query(
      `SELECT to_regclass('care_planning.parents') IS NOT NULL AS present`,
    )) as Array<{ present: boolean }>;
    if (!present) return;
    // Parental responsibility began when care-planning's relationship says it did.
    await q.query(`
      INSERT INTO family_contact.family_members
        (child_id, person_id, display_name, relation, parental_responsibility, parental_responsibility_since,
         legacy_parent_id)
      SELECT pa.child_id, pa.person_id, COALESCE(pe.display_name, 'Parent'), 'parent', pa.has_parental_responsibility,
             CASE WHEN pa.has_parental_responsibility THEN
               (SELECT min(r.valid_from) FROM access.relationships r WHERE r.source = 'care-planning:parent:' || pa.id)
             END,
             pa.id
        FROM care_planning.parents pa LEFT JOIN access.people pe ON pe.id = pa.person_id
       WHERE NOT EXISTS (SELECT 1 FROM family_contact.family_members fm WHERE fm.legacy_parent_id = pa.id)`);
    await q.query(`
      UPDATE access.relationships r SET source = 'family-contact:member:' || fm.id
        FROM family_contact.family_members fm
       WHERE fm.legacy_parent_id IS NOT NULL AND r.source = 'care-planning:parent:' || fm.legacy_parent_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE access.relationships r SET source = 'care-planning:parent:' || fm.legacy_parent_id
        FROM family_contact.family_members fm
       WHERE fm.legacy_parent_id IS NOT NULL AND r.source = 'family-contact:member:' || fm.id`);
    await q.query(`DELETE FROM family_contact.family_members WHERE legacy_parent_id IS NOT NULL`);
  }
}
