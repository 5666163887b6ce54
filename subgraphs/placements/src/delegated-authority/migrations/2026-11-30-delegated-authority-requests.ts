import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A carer's request to change one row, and the social worker's decision on it with the reason. */
export class DelegatedAuthorityRequests1796068802000 implements MigrationInterface {
  name = 'DelegatedAuthorityRequests1796068802000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.delegated_authority_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placements.delegated_authority (placement_id),
        child_id uuid NOT NULL,
        area text NOT NULL,
        holder text NOT NULL,
        conditions text,
        why text NOT NULL,
        requested_by uuid NOT NULL,
        requested_on date NOT NULL,
        base_version integer NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'declined')),
        decided_by uuid,
        decided_on date,
        decision_reason text,
        resulting_version integer,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX delegated_authority_requests_placement ON placements.delegated_authority_requests (placement_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.delegated_authority_requests`);
  }
}
