import pg from 'pg';

/** Numbered, forward-only migrations for the portal's own schema. Append; never edit a released one. */
export const migrations: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'sessions',
    sql: `
      CREATE TABLE portal.sessions (
        id_hash    bytea PRIMARY KEY CHECK (octet_length(id_hash) = 32),
        data       jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expires_at_idx ON portal.sessions (expires_at);
    `,
  },
];

const LOCK_KEY = 0x706f7274; // 'port': one migrator at a time across processes

/**
 * Idempotent: creates schema `portal` and applies any migration not yet recorded in portal.migrations. `then` runs
 * while the lock is still held (the grants: two portals granting at once can fail with "tuple concurrently updated").
 */
export async function migrate(pool: pg.Pool, then?: (client: pg.PoolClient) => Promise<void>): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query('CREATE SCHEMA IF NOT EXISTS portal');
    await client.query(`CREATE TABLE IF NOT EXISTS portal.migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM portal.migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO portal.migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
        applied.push(m.version);
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    await then?.(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
  return applied;
}

export function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000, application_name: 'lac-portal' });
  pool.on('error', (error) => console.error('portal: idle PostgreSQL client error', error.message));
  return pool;
}
