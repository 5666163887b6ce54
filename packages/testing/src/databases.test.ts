import { Client } from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './databases';

describe('test databases', () => {
  it('gives each caller its own empty database on the run’s server', async () => {
    const a = await createTestDatabase(inject('databaseUrl'));
    const b = await createTestDatabase(inject('databaseUrl'));
    expect(a).not.toBe(b);
    const client = new Client({ connectionString: a });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    await client.end();
    expect(rows[0].n).toBe(0);
  });
});
