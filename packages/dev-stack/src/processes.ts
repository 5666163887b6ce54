import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type Log = (line: string) => void;

export interface ManagedOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: Log;
  /** Adds an IPC channel (the postgres host and the services use it to notice the launcher has gone). */
  ipc?: boolean;
}

const NAME_WIDTH = 20;
export const prefix = (name: string) => `[${name}]`.padEnd(NAME_WIDTH + 2);

/**
 * One child process with its output prefixed by its name. Children run in their own process group, so a Ctrl-C
 * in the terminal reaches the launcher alone and it stops them in order.
 */
export class ManagedProcess {
  readonly child: ChildProcess;
  readonly name: string;
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  readonly exited: Promise<void>;
  private stopping = false;

  constructor(options: ManagedOptions) {
    this.name = options.name;
    this.child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    const tag = prefix(options.name);
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => options.log(`${tag} ${line}`));
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        resolve();
      });
      this.child.once('error', (error) => {
        options.log(`${tag} could not start: ${error.message}`);
        this.exitCode = -1;
        resolve();
      });
    });
  }

  get running(): boolean {
    return this.exitCode === null && this.exitSignal === null;
  }

  /** Whether we asked it to stop (so its exit is expected). */
  get isStopping(): boolean {
    return this.stopping;
  }

  describeExit(): string {
    return this.exitSignal ? `was killed by ${this.exitSignal}` : `exited with code ${this.exitCode}`;
  }

  /** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopping = true;
    if (!this.running) return;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (this.running) this.child.kill('SIGKILL');
        resolve();
      }, graceMs);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    await this.exited;
  }

  /** Last resort when the launcher itself is exiting: synchronous. */
  killNow(): void {
    if (this.running) this.child.kill('SIGKILL');
  }
}

/** Polls `url` until it answers below 500, the process dies, or the time runs out. */
export async function waitForHttp(
  url: string,
  proc: ManagedProcess,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    signal?.throwIfAborted();
    if (!proc.running) throw new Error(`${proc.name} ${proc.describeExit()} before it was ready`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${proc.name} did not answer ${url} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
