import { Client } from 'pg';
import { verifyAuditChain } from './audit-chain';

/**
 * `pnpm audit:verify` (DATABASE_URL: a role that may read the audit trail, e.g. `lac_owner` or an administrator):
 * checks the audit chain, prints its length and head hash, or names the first altered row and exits 1.
 */
async function main(): Promise<void> {
  const url = process.env.AUDIT_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL (or AUDIT_DATABASE_URL) to a role that may read audit.reads');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const report = await verifyAuditChain({ query: async (sql): Promise<unknown> => (await client.query(sql)).rows });
    if (report.ok) {
      console.log(`audit chain intact: ${report.rows} rows, head ${report.head ?? '(empty)'}`);
    } else {
      console.error(`audit chain broken after checking ${report.rows} rows: ${report.problem}`);
      process.exitCode = 1;
    }
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
