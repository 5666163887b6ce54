import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

// `inject('databaseUrl')` is typed by ../vitest-context.d.ts.

/**
 * The integration and browser projects both name this setup; vitest runs it once per project, in the one main
 * process. The server is kept on the process's globals and counted, so a run of every project still starts a
 * single PostgreSQL and stops it after the last project.
 */
interface SharedServer {
  started: Promise<RunningPostgres>;
  users: number;
}
const KEY = Symbol.for('lac.testing.embeddedPostgres');
const globals = globalThis as { [KEY]?: SharedServer };

/** One server per test run: DATABASE_URL when given, else a throw-away embedded PostgreSQL. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('databaseUrl', process.env.DATABASE_URL);
    return async () => undefined;
  }
  const shared = (globals[KEY] ??= { started: startEmbeddedPostgres({ persistent: false }), users: 0 });
  shared.users += 1;
  project.provide('databaseUrl', (await shared.started).url);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete globals[KEY];
    await (await shared.started).stop();
  };
}
