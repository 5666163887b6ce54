import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A URL naming another database on the same server. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Unsafe database name: ${database}`);
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}

/** A fresh, empty database for one test file, so files never see each other's rows. */
export async function createTestDatabase(serverUrl: string, prefix = 't'): Promise<string> {
  return ensureDatabase(serverUrl, `${prefix}_${randomBytes(6).toString('hex')}`);
}
