import { generateSigningKeys } from '@lac/access';
import { createTestDatabase } from '@lac/testing';
import { Query, Resolver } from 'type-graphql';
import { describe, expect, inject, it, vi } from 'vitest';
import { type StartTask, startSubgraph } from './server';

@Resolver()
class StartTaskResolver {
  @Query(() => String)
  hello(): string {
    return 'hello';
  }
}

async function start(onStart: StartTask) {
  const keys = await generateSigningKeys();
  return startSubgraph({
    name: 'kit-start-task',
    schema: 'kit_start_task',
    entities: [],
    migrations: [],
    resolvers: [StartTaskResolver],
    databaseUrl: await createTestDatabase(inject('databaseUrl'), 'kit_start_task'),
    gatewayPublicKey: JSON.stringify(keys.publicJwk),
    onStart,
  });
}

// A subgraph's start task (e.g. care-planning bringing stored due dates up to a new calendar) runs after the
// service listens, so requests are answered meanwhile; stopping aborts it and waits for it; its failure is logged.
describe('a subgraph’s start task', () => {
  it('runs in the background once the service answers, and stopping aborts it and waits for it', async () => {
    let finished = false;
    let aborted = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const running = await start(async (db, signal) => {
      await db.query('SELECT 1');
      await released;
      aborted = signal.aborted;
      finished = true;
    });
    // Not finished, yet the service answers.
    const health = await fetch(running.url.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({ status: 'ok', service: 'kit-start-task' });
    expect(finished).toBe(false);
    const stopping = running.stop();
    release();
    await stopping;
    expect({ finished, aborted }).toEqual({ finished: true, aborted: true });
  });

  it('logs a failure without stopping the service; `started` still settles', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const running = await start(async () => {
      throw new Error('calendar table unavailable');
    });
    try {
      await running.started;
      expect(error).toHaveBeenCalledWith(expect.stringContaining('start task failed'), expect.any(Error));
      const health = await fetch(running.url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
    } finally {
      error.mockRestore();
      await running.stop();
    }
  });
});
