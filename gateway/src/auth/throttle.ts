import type { DataSource } from 'typeorm';

/**
 * Failed sign-ins counted per key (`account:…`, `address:…`) in PostgreSQL (`identity.sign_in_throttle`), so that
 * every gateway instance shares one count and an attacker cannot multiply their attempts by the number of gateways
 * (docs/decisions/0018-sign-in-throttle-in-postgres.md). A key is blocked once it has `limit` failures in a window
 * that starts at its first failure and lasts `windowMs`; a failure after the window starts a new one.
 *
 * The object holds only the rule (limit, window, clock); the count lives in the database it is given.
 */
export class FailureThrottle {
  constructor(
    readonly limit = 10,
    readonly windowMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private bounds(): { now: string; windowStart: string } {
    const now = this.now();
    return { now: new Date(now).toISOString(), windowStart: new Date(now - this.windowMs).toISOString() };
  }

  async isBlocked(db: DataSource, key: string): Promise<boolean> {
    const { windowStart } = this.bounds();
    const [row] = await db.query<Array<{ failures: number }>>(
      `SELECT failures FROM identity.sign_in_throttle WHERE key = $1 AND window_started_at > $2`,
      [key, windowStart],
    );
    return (row?.failures ?? 0) >= this.limit;
  }

  /**
   * Counts one failure and returns the key's count in its window. One statement (an UPSERT under the row's lock),
   * so failures arriving at the same moment on several gateways are each counted exactly once.
   */
  async recordFailure(db: DataSource, key: string): Promise<number> {
    const { now, windowStart } = this.bounds();
    const [row] = await db.query<Array<{ failures: number }>>(
      `INSERT INTO identity.sign_in_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at > $3 THEN t.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN t.window_started_at > $3 THEN t.window_started_at ELSE $2 END
       RETURNING failures`,
      [key, now, windowStart],
    );
    return row.failures;
  }

  /** Forgets the key (a successful sign-in), and every window that has passed, so the table stays small. */
  async clear(db: DataSource, key: string): Promise<void> {
    const { windowStart } = this.bounds();
    await db.query(`DELETE FROM identity.sign_in_throttle WHERE key = $1 OR window_started_at <= $2`, [
      key,
      windowStart,
    ]);
  }
}
