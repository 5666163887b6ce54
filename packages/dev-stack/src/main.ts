import { banner } from './banner';
import { type StackPorts, startStack } from './stack';

function port(variable: string): number | undefined {
  const value = process.env[variable];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${variable} must be a port number, not ${value}`);
  return n;
}

/**
 * `pnpm start`: the whole stack on this machine with the demo local authority. DATABASE_URL picks an existing
 * PostgreSQL; otherwise an embedded one keeps its data in .data/pg. Ports: PORTAL_PORT, GATEWAY_PORT,
 * CARE_PLANNING_PORT, PLACEMENTS_PORT, POSTGRES_PORT.
 */
async function main(): Promise<number> {
  const ports: Partial<StackPorts> = {
    portal: port('PORTAL_PORT'),
    gateway: port('GATEWAY_PORT'),
    carePlanning: port('CARE_PLANNING_PORT'),
    placements: port('PLACEMENTS_PORT'),
  };
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
      ports,
      postgresPort: port('POSTGRES_PORT'),
      signal: aborter.signal,
    });
  } catch (error) {
    if (signalled) return 0;
    console.error(`\nThe stack did not start: ${error instanceof Error ? error.message : error}`);
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
