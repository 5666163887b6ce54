import { SUBGRAPHS } from '@lac/registry';
import { type Log, type ManagedOptions, ManagedProcess, prefix } from './processes';

/**
 * Every child the stack starts, stopped in dependency order: the portal, then the gateway, then the subgraphs,
 * then whatever else is left (seeders), and PostgreSQL last. A child that exits without being asked stops the lot.
 */
export class Supervisor {
  private readonly children: ManagedProcess[] = [];
  private postgres: ManagedProcess | null = null;
  private stopping: Promise<void> | null = null;
  private reportFailure: (error: Error) => void = () => undefined;
  /** Resolves with a description when a child exits without being asked to (the stack is then stopping). */
  readonly failed = new Promise<Error>((resolve) => (this.reportFailure = resolve));
  private readonly killAll = () => {
    for (const c of this.children) c.killNow();
    this.postgres?.killNow();
  };

  constructor(
    private readonly log: Log,
    /** Preloaded into every node child (see exit-with-parent.ts). */
    private readonly exitWithParent: string,
  ) {
    // The launcher exiting normally (process.exit) still takes its children with it.
    process.once('exit', this.killAll);
  }

  /** A node child with the exit-with-parent guard, so it ends even if the launcher is SIGKILLed. */
  node(
    name: string,
    script: string,
    args: string[],
    cwd: string,
    env: NodeJS.ProcessEnv,
    watch = true,
  ): ManagedProcess {
    return this.add(
      {
        name,
        command: process.execPath,
        args: ['--require', this.exitWithParent, script, ...args],
        cwd,
        env,
        log: this.log,
        ipc: true,
      },
      watch,
    );
  }

  /** Runs a node script with the guard to completion; rejects with its output's tail when it fails. */
  async run(name: string, script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
    const lines: string[] = [];
    const proc = this.add(
      {
        name,
        command: process.execPath,
        args: ['--require', this.exitWithParent, script],
        cwd,
        env,
        ipc: true,
        log: (line) => {
          lines.push(line);
          this.log(line);
        },
      },
      false,
    );
    await proc.exited;
    if (proc.exitCode !== 0) throw new Error(`${name} ${proc.describeExit()}:\n${lines.slice(-20).join('\n')}`);
  }

  /** The database host is stopped after everything that uses it. */
  setPostgres(proc: ManagedProcess): void {
    this.postgres = proc;
  }

  watch(proc: ManagedProcess): void {
    void proc.exited.then(() => {
      if (proc.isStopping || this.stopping) return;
      const error = new Error(`${proc.name} ${proc.describeExit()} unexpectedly`);
      this.log(`${prefix('stack')} ${error.message}; stopping everything`);
      this.reportFailure(error);
      void this.stop();
    });
  }

  /** Stops every child (SIGTERM, then SIGKILL after 5 s) and PostgreSQL. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const group of [['portal'], ['gateway'], SUBGRAPHS.map((s) => s.name)]) {
        await Promise.all(this.children.filter((c) => group.includes(c.name)).map((c) => c.stop()));
      }
      await Promise.all(this.children.map((c) => c.stop()));
      if (this.postgres) await this.postgres.stop(10_000);
      process.removeListener('exit', this.killAll);
    })();
    return this.stopping;
  }

  private add(options: ManagedOptions, watch: boolean): ManagedProcess {
    const proc = new ManagedProcess(options);
    this.children.push(proc);
    if (watch) this.watch(proc);
    return proc;
  }
}
