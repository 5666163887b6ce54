import { Client } from 'pg';
import { archiveAuditPartitions } from './audit-archive';

/**
 * `pnpm audit:archive` (DATABASE_URL: the owner, `lac_owner`; AUDIT_RETENTION_MONTHS, default 24;
 * AUDIT_ARCHIVE_DIR, default ./audit-archive): archives and drops the audit's monthly partitions past the retention
 * period, and prepares the months ahead. Run it monthly (cron or a scheduled job).
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the owner role (lac_owner)');
  const retentionMonths = Number(process.env.AUDIT_RETENTION_MONTHS || 24);
  const directory = process.env.AUDIT_ARCHIVE_DIR || 'audit-archive';
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const archived = await archiveAuditPartitions(client, { retentionMonths, directory });
    if (archived.length === 0) console.log(`nothing past ${retentionMonths} months to archive`);
    for (const a of archived) console.log(`archived ${a.partition}: ${a.rows} rows to ${a.file} (sha256 ${a.sha256})`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
