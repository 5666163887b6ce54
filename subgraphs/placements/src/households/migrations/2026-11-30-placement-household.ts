import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A placement is with a household. Backfill: each carer of an existing placement gets a household of their own,
 * approved as foster carers (connected person carers after a U1-U3 placement) and provided by the local authority's own fostering service (PR1), which is what a
 * placement with one carer person meant before households. Placements without a carer (a children's home recorded
 * before households) keep none.
 */
export class PlacementHousehold1795996809420 implements MigrationInterface {
  name = 'PlacementHousehold1795996809420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE placements.placements ADD COLUMN household_id uuid REFERENCES placements.households (id)`,
    );
    await q.query(`CREATE INDEX placements_household_idx ON placements.placements (household_id)`);
    // Approved as connected person carers when their latest placement was with a relative or friend (U1-U3).
    const carers = (await q.query(`
      SELECT DISTINCT ON (p.carer_person_id) p.carer_person_id, people.display_name,
             CASE WHEN p.placement_type IN ('U1', 'U2', 'U3') THEN 'connected_person' ELSE 'foster_carer' END
               AS approval_type
        FROM placements.placements p LEFT JOIN access.people people ON people.id = p.carer_person_id
       WHERE p.carer_person_id IS NOT NULL AND p.household_id IS NULL
       ORDER BY p.carer_person_id, p.start_date DESC`)) as Array<{
      carer_person_id: string;
      display_name: string | null;
      approval_type: string;
    }>;
    if (carers.length === 0) return;
    const [provider] = (await q.query(`
      INSERT INTO placements.providers (name, kind, provider_code)
      VALUES ('The local authority’s fostering service', 'local_authority', 'PR1') RETURNING id`)) as Array<{
      id: string;
    }>;
    for (const c of carers) {
      const [household] = (await q.query(
        `INSERT INTO placements.households (name, reference, approval_type, provider_id)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [
          `${c.display_name ?? 'Carer'} household`,
          `HH-${c.carer_person_id.slice(0, 8).toUpperCase()}`,
          c.approval_type,
          provider.id,
        ],
      )) as Array<{ id: string }>;
      await q.query(
        `INSERT INTO placements.household_carers (household_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [household.id, c.carer_person_id],
      );
      await q.query(`UPDATE placements.placements SET household_id = $1 WHERE carer_person_id = $2`, [
        household.id,
        c.carer_person_id,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placements.placements DROP COLUMN household_id`);
  }
}
