import { banner } from './banner';
import { stackSettingsFromEnv } from './env';
import { startStack } from './stack';

/**
 * `pnpm start`: the whole stack on this machine with the demo local authority. DATABASE_URL picks an existing
 * PostgreSQL; otherwise an embedded one keeps its data in .data/pg. Ports and host: see env.ts. Two settings exist
 * for the launcher's own test (main.test.ts): DEV_STACK_DATA_DIR (instead of .data) and DEV_STACK_SEED=false.
 */
async function main(): Promise<number> {
  const settings = stackSettingsFromEnv(process.env);
  const aborter = new AbortController();
  let signalled: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = signal;
    console.log(`\n[${signal}] stopping the stack…`);
    aborter.abort(new Error(`Interrupted by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  let stack;
  try {
    stack = await startStack({
      databaseUrl: process.env.DATABASE_URL || undefined,
      ports: settings.ports,
      postgresPort: settings.postgresPort,
      host: settings.host,
      dataDir: process.env.DEV_STACK_DATA_DIR || undefined,
      seed: process.env.DEV_STACK_SEED !== 'false',
      signal: aborter.signal,
    });
  } catch (error) {
    if (signalled) return 0;
    console.error(`\nThe stack did not start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(banner(stack));

  const outcome = await Promise.race([
    stack.failed.then((error) => ({ error })),
    new Promise<{ error: null }>((resolve) => aborter.signal.addEventListener('abort', () => resolve({ error: null }))),
  ]);
  await stack.stop();
  if (outcome.error) {
    console.error(`\nStopped: ${outcome.error.message}`);
    return 1;
  }
  console.log('Stopped.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
