import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `access.confidential_facts`: each child's facts that free text must not reveal to a family (placement addresses
 * and postcodes, carers' names, the school), written by the subgraph that owns the fact and read by every subgraph
 * that screens free text (docs/decisions/0016-free-text-screen.md). Rows are never ended: a past placement's
 * address stays confidential.
 */
export class ConfidentialFacts1795996807300 implements MigrationInterface {
  name = 'ConfidentialFacts1795996807300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access.confidential_facts (
        id bigserial PRIMARY KEY,
        child_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('placement_address', 'placement_postcode', 'carer_name', 'school')),
        value text NOT NULL CHECK (length(btrim(value)) > 0),
        owner_person_id uuid,
        source text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (child_id, kind, value, source)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access.confidential_facts`);
  }
}
