import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One server per test run: DATABASE_URL when given, else a throw-away embedded PostgreSQL. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('databaseUrl', process.env.DATABASE_URL);
    return async () => undefined;
  }
  const pg = await startEmbeddedPostgres({ persistent: false });
  project.provide('databaseUrl', pg.url);
  return () => pg.stop();
}
