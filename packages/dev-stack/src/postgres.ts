import path from 'node:path';
import { ensureDatabase } from '@lac/testing';
import type { Layout } from './layout';
import { assertPortFree } from './ports';
import type { Log } from './processes';
import { ManagedProcess } from './processes';
import type { Supervisor } from './supervisor';

/**
 * Starts the embedded PostgreSQL in its own process (postgres-host.ts, which stops the server itself when the
 * launcher's IPC channel closes) and returns the URL of the stack's database in it.
 */
export async function startPostgres(
  l: Layout,
  supervisor: Supervisor,
  options: { root: string; dataDir: string; port: number; log: Log; signal?: AbortSignal },
): Promise<string> {
  await assertPortFree(options.port, 'PostgreSQL', 'POSTGRES_PORT or DATABASE_URL');
  const pg = new ManagedProcess({
    name: 'postgres',
    command: process.execPath,
    args: [l.postgresHost],
    cwd: options.root,
    env: { ...process.env, PG_DATA_DIR: path.join(options.dataDir, 'pg'), PG_PORT: String(options.port) },
    log: options.log,
    ipc: true,
  });
  supervisor.setPostgres(pg);
  const signal = options.signal;
  const serverUrl = await new Promise<string>((resolve, reject) => {
    pg.child.on('message', (m: { ready?: string; error?: string }) =>
      m.ready ? resolve(m.ready) : reject(new Error(`PostgreSQL did not start: ${m.error}`)),
    );
    void pg.exited.then(() => reject(new Error(`PostgreSQL ${pg.describeExit()} before it was ready`)));
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  supervisor.watch(pg);
  return ensureDatabase(serverUrl, 'lac');
}
