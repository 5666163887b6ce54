import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins, counted per key (an account or a client address) in PostgreSQL so that every gateway instance
 * shares one count (docs/decisions/0018-sign-in-throttle-in-postgres.md). One row per key: the failures since the
 * window started; a failure after the window restarts it.
 */
export class SignInThrottle1795996800100 implements MigrationInterface {
  name = 'SignInThrottle1795996800100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity.sign_in_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures > 0),
        window_started_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_throttle_window ON identity.sign_in_throttle (window_started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity.sign_in_throttle`);
  }
}
