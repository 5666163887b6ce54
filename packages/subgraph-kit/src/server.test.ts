import { generateSigningKeys, importSigningKey, signInternalToken } from '@lac/access';
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

async function start(host?: string, keys?: Awaited<ReturnType<typeof generateSigningKeys>>) {
  keys ??= await generateSigningKeys();
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

describe('what a subgraph does per field', () => {
  it('installs no plugin that hooks every field: no cache hints, no federated trace, no wrapped resolvers', async () => {
    const keys = await generateSigningKeys();
    const running = await start(undefined, keys);
    try {
      const actor = { personId: '00000000-0000-4000-8000-000000000001', role: 'iro' as const, localAuthorityId: null };
      const token = await signInternalToken(
        await importSigningKey(keys.privateJwk),
        { ...actor, relationships: [] },
        'kit-host',
      );
      const res = await fetch(running.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          // What a gateway sends to ask for a federated trace; the inline-trace plugin would answer with `ftv1`.
          'apollo-federation-include-trace': 'ftv1',
        },
        body: JSON.stringify({ query: '{ hello }' }),
      });
      const body = (await res.json()) as { data?: unknown; extensions?: Record<string, unknown> };
      expect(body.data).toEqual({ hello: 'hello' });
      expect(body.extensions?.ftv1).toBeUndefined();
      // The cache-control plugin writes `cache-control: no-store` on every uncacheable answer.
      expect(res.headers.get('cache-control')).toBeNull();
      // Nor does express hash the body for an ETag: an answer to a POST is never revalidated.
      expect(res.headers.get('etag')).toBeNull();
      // Apollo marks a schema whose every resolver it wrapped for `willResolveField` hooks with this symbol.
      const marks = Object.getOwnPropertySymbols(running.schema).map((s) => s.description);
      expect(marks).not.toContain('apolloServerPluginsEnabled');
    } finally {
      await running.stop();
    }
  });
});
