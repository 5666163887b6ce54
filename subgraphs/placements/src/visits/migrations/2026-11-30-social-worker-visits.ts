import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Statutory social-worker visits to a child in a placement (CPPCR reg 28). */
export class SocialWorkerVisits1795996803300 implements MigrationInterface {
  name = 'SocialWorkerVisits1795996803300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placements.social_worker_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placements.placements (id),
        child_id uuid NOT NULL,
        visited_on date NOT NULL,
        seen_alone boolean NOT NULL,
        recorded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX social_worker_visits_placement ON placements.social_worker_visits (placement_id, visited_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE placements.social_worker_visits`);
  }
}
