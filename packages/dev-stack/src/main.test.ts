import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SUBGRAPHS, envNames } from '@lac/registry';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, defaultRoot } from './layout';
import { assertPortFree, freePort } from './ports';

/** Every live process below `pid` (children, their children…), read from /proc. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces; the parent pid is the second field after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [child, p] of parentOf) {
      if (p === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Still running: present in /proc and not a zombie waiting to be reaped (which holds no port and does nothing). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function portFree(port: number): Promise<boolean> {
  return assertPortFree(port, 'test', 'none').then(
    () => true,
    () => false,
  );
}

// Starts the built launcher (`pnpm start`'s process) with its embedded PostgreSQL and the portal when built, then
// kills it outright: nothing it started may live on or keep a port. Needs `pnpm build` first.
describe('the launcher killed with SIGKILL', () => {
  const root = defaultRoot();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dev-stack-kill-'));
  let launcher: ChildProcess | undefined;
  let children: number[] = [];

  afterAll(() => {
    // Only if the assertion failed: leave nothing behind for the next test file.
    for (const pid of children.filter(alive)) process.kill(pid, 'SIGKILL');
    if (launcher?.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  // One retry: the ports are picked free and then handed to the launcher's children, and in the full suite another
  // test file may bind one of them in between (EADDRINUSE, the stack refuses to start). A real leak fails twice.
  it('takes every process it started with it and frees every port', { timeout: 200_000, retry: 1 }, async () => {
    assertBuilt(root);
    const ports: Record<string, number> = {
      PORTAL_PORT: await freePort(),
      GATEWAY_PORT: await freePort(),
      POSTGRES_PORT: await freePort(),
    };
    for (const s of SUBGRAPHS) ports[envNames(s.name).port] = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DEV_STACK_DATA_DIR: dataDir, DEV_STACK_SEED: 'false' };
    delete env.DATABASE_URL;
    delete env.HOST;
    for (const [variable, port] of Object.entries(ports)) env[variable] = String(port);

    const proc = spawn(process.execPath, [path.join(root, 'packages/dev-stack/dist/main.js')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launcher = proc;
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the stack was not ready in 150 s:\n${output.slice(-3000)}`)),
        150_000,
      );
      proc.stdout.on('data', () => {
        if (output.includes('Ctrl-C stops everything')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the launcher exited with ${code} before it was ready:\n${output.slice(-3000)}`));
      });
    });

    children = descendants(proc.pid!);
    // postgres host + postgres server, every subgraph, the gateway, and the portal when built.
    expect(children.length).toBeGreaterThanOrEqual(SUBGRAPHS.length + 3);
    for (const port of Object.values(ports)) {
      if (port !== ports.PORTAL_PORT || output.includes('Portal    http')) expect(await portFree(port)).toBe(false);
    }

    proc.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    let left: number[] = children;
    let busy: number[] = [];
    while (Date.now() < deadline) {
      left = children.filter(alive);
      busy = [];
      for (const port of Object.values(ports)) if (!(await portFree(port))) busy.push(port);
      if (left.length === 0 && busy.length === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect({ processesLeft: left, portsHeld: busy }).toEqual({ processesLeft: [], portsHeld: [] });
  });
});
