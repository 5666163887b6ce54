import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements recorded before the free-text screen: their address line, postcode and carer's name become
 * confidential facts (docs/decisions/0016-free-text-screen.md), so text saved earlier is redacted on read. The
 * second address line counts when it is a numbered street, as in `recordPlacementFacts`.
 */
export class PlacementConfidentialFacts1795996807400 implements MigrationInterface {
  name = 'PlacementConfidentialFacts1795996807400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO access.confidential_facts (child_id, kind, value, owner_person_id, source)
      SELECT p.child_id, f.kind, f.value, p.carer_person_id, 'placements:placement:' || p.id
        FROM placements.placements p
        LEFT JOIN access.people c ON c.id = p.carer_person_id
        CROSS JOIN LATERAL (VALUES
          ('placement_address', btrim(p.address_line1)),
          ('placement_address', CASE WHEN btrim(p.address_line2) ~ '^[0-9]' THEN btrim(p.address_line2) END),
          ('placement_postcode', btrim(p.postcode)),
          ('carer_name', btrim(c.display_name))) AS f(kind, value)
       WHERE f.value IS NOT NULL AND f.value <> ''
      ON CONFLICT (child_id, kind, value, source) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM access.confidential_facts WHERE source LIKE 'placements:placement:%'`);
  }
}
