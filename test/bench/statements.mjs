// What one page view costs PostgreSQL, read from pg_stat_statements: every statement the services ran, and of those
// the audit's (its statements, by service, their bind parameters and the rows written), so "the audit does not
// outweigh the data" is a figure. Each subgraph audits what it served, so a page that reads two subgraphs has one
// audit statement in each.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require('@lac/testing');
const pg = require('pg');

/**
 * An embedded PostgreSQL with pg_stat_statements loaded (it must be preloaded, so the server is started, told, and
 * started again on the same data directory, which the second server removes when it stops).
 */
export async function startBenchPostgres() {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'lac-bench-pg-')), 'data');
  const first = await startEmbeddedPostgres({ persistent: true, dataDir });
  const client = new pg.Client({ connectionString: first.url });
  await client.connect();
  await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await client.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  await client.end();
  await first.stop();
  return startEmbeddedPostgres({ persistent: false, dataDir, port: Number(new URL(first.url).port) });
}

/** A counter of one database's statements; `null` when the server has no pg_stat_statements (a DATABASE_URL one). */
export async function statementCounter(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT count(*) FROM pg_stat_statements');
  } catch {
    await client.end();
    return null;
  }
  return {
    /** Runs `view` alone and returns what it cost: statements, the audit's statements, bind parameters and rows. */
    async cost(view) {
      const rowsBefore = await auditRows(client);
      await client.query('SELECT pg_stat_statements_reset()');
      await view();
      // Statistics are recorded as each statement ends; the response has come back after the last of them.
      const { rows } = await client.query(
        `SELECT s.query, s.calls::int AS calls, r.rolname AS role
           FROM pg_stat_statements s LEFT JOIN pg_roles r ON r.oid = s.userid
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query NOT ILIKE '%pg_stat_statements%' AND toplevel`,
      );
      // The services append through the chain's function (decision 0025); an INSERT is the owner's, or older code.
      const audit = rows.filter((r) =>
        /^\s*(INSERT\s+INTO\s+"?audit"?\.|SELECT\s+audit\.append_reads\()/i.test(r.query),
      );
      const params = (q) => Math.max(0, ...[...q.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      // Each service connects as its own role (docs/security.md, "Database roles"), so the role names who wrote.
      const auditByService = {};
      for (const r of audit) auditByService[r.role] = (auditByService[r.role] ?? 0) + r.calls;
      return {
        statements: rows.reduce((n, r) => n + r.calls, 0),
        auditStatements: audit.reduce((n, r) => n + r.calls, 0),
        auditByService,
        auditBindParameters: Math.max(0, ...audit.map((r) => params(r.query))),
        auditRows: (await auditRows(client)) - rowsBefore,
      };
    },
    end: () => client.end(),
  };
}

async function auditRows(client) {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM audit.reads');
  return rows[0].n;
}
