import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carers' households and their providers: a household (approved as foster carers, connected person carers, a
 * children's home or supported accommodation) is provided by the local authority itself or an agency, each with
 * its SSDA903 provider code, and holds the carer accounts that look after a child placed there. A person is a
 * carer in one household at a time (docs/decisions/0023-households.md).
 */
export class Households1795996809410 implements MigrationInterface {
  name = 'Households1795996809410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('local_authority', 'agency')),
        provider_code text NOT NULL CHECK (provider_code IN ('PR1', 'PR2', 'PR3', 'PR4', 'PR5'))
      )`);
    await q.query(`
      CREATE TABLE placements.households (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        reference text NOT NULL UNIQUE,
        approval_type text NOT NULL
          CHECK (approval_type IN ('foster_carer', 'connected_person', 'childrens_home', 'supported_accommodation')),
        provider_id uuid NOT NULL REFERENCES placements.providers (id)
      )`);
    await q.query(`
      CREATE TABLE placements.household_carers (
        household_id uuid NOT NULL REFERENCES placements.households (id) ON DELETE CASCADE,
        person_id uuid NOT NULL UNIQUE,
        approved boolean NOT NULL DEFAULT true,
        PRIMARY KEY (household_id, person_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.household_carers`);
    await q.query(`DROP TABLE placements.households`);
    await q.query(`DROP TABLE placements.providers`);
  }
}
