import { Client } from 'pg';

/**
 * Refreshes the planner's statistics after a bulk load. Demo data of thousands of children is written in seconds,
 * before autovacuum has looked at the tables; until it does, PostgreSQL plans the oversight statement for empty
 * tables and runs it ten times slower (measured at 3,000 children: 380 ms before, 40 ms after; docs/benchmarks.md).
 * Run as the owner of the schemas: ANALYZE skips tables the role does not own.
 */
export async function analyzeDatabase(connectionString: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
