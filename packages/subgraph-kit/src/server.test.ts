import { generateSigningKeys } from '@lac/access';
import { createTestDatabase } from '@lac/testing';
import { Query, Resolver } from 'type-graphql';
import { describe, expect, inject, it } from 'vitest';
import { startSubgraph } from './server';

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'hello';
  }
}

async function start(host?: string) {
  const keys = await generateSigningKeys();
  return startSubgraph({
    name: 'kit-host',
    schema: 'kit_host',
    entities: [],
    migrations: [],
    resolvers: [HelloResolver],
    databaseUrl: await createTestDatabase(inject('databaseUrl'), 'kit_host'),
    gatewayPublicKey: JSON.stringify(keys.publicJwk),
    host,
  });
}

describe('where a subgraph listens', () => {
  it('is loopback by default and all interfaces when HOST says 0.0.0.0, answering on loopback either way', async () => {
    for (const [asked, expected] of [
      [undefined, '127.0.0.1'],
      ['0.0.0.0', '0.0.0.0'],
    ] as const) {
      const running = await start(asked);
      try {
        expect(running.host).toBe(expected);
        const health = await fetch(running.url.replace('/graphql', '/health'));
        expect(await health.json()).toEqual({ status: 'ok', service: 'kit-host' });
      } finally {
        await running.stop();
      }
    }
  });
});
