import { networkInterfaces } from 'node:os';
import { generateSigningKeys } from '@lac/access';
import { createTestDatabase } from '@lac/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from './server';

/** An address of this machine other than loopback, if it has one (a container usually does). */
const external = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  );
}

describe("the gateway's listening host", () => {
  let options: Omit<Parameters<typeof startGateway>[0], 'host'>;
  const running: RunningGateway[] = [];
  beforeAll(async () => {
    const keys = { user: await generateSigningKeys(), internal: await generateSigningKeys() };
    options = {
      databaseUrl: await createTestDatabase(inject('databaseUrl'), 'gateway_host'),
      userTokenPrivateKey: JSON.stringify(keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(keys.internal.privateJwk),
      subgraphUrls: {},
    };
  });
  afterAll(async () => {
    for (const g of running) await g.stop();
  });

  it("is loopback by default: not reachable on the machine's other addresses", async () => {
    const gateway = await startGateway(options);
    running.push(gateway);
    expect(gateway.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await answers(`${gateway.origin}/health`)).toBe(true);
    if (external) expect(await answers(gateway.origin.replace('127.0.0.1', external) + '/health')).toBe(false);
  });

  it('listens on every interface when told 0.0.0.0, and still reports a loopback URL', async () => {
    const gateway = await startGateway({ ...options, host: '0.0.0.0' });
    running.push(gateway);
    expect(gateway.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway.url).toBe(`${gateway.origin}/graphql`);
    expect(await answers(`${gateway.origin}/health`)).toBe(true);
    if (external) expect(await answers(gateway.origin.replace('127.0.0.1', external) + '/health')).toBe(true);
  });
});
