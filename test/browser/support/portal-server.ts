import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

// The portal is a workspace dependency of @lac/test; its own server (portal/server/main.ts, built to build/serve)
// runs its build as in production.
const portalDir = path.dirname(createRequire(import.meta.url).resolve('@lac/portal/package.json'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** The portal's own role for its sessions and the owner's for its migrations, as in production (docs/security.md). */
export function portalDatabaseEnv(roles: { owner: string; services: Record<string, string> }): Record<string, string> {
  return { DATABASE_URL: roles.services.portal, MIGRATION_DATABASE_URL: roles.owner };
}

export interface RunningPortal {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Builds the portal when there is no build yet, then runs it with its own server as in production. */
export async function startPortal(env: Record<string, string>): Promise<RunningPortal> {
  const server = path.join(portalDir, 'build/serve/main.js');
  if (!existsSync(path.join(portalDir, 'build/server/index.js')) || !existsSync(server)) {
    const built = spawnSync('pnpm', ['run', 'build'], { cwd: portalDir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`portal build failed:\n${built.stdout}\n${built.stderr}`);
  }
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [server, './build/server/index.js'], {
    cwd: portalDir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/sign-in`, { redirect: 'manual' });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`portal did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
