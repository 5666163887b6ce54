// The edges of the graph (docs/security.md#graphql-armor-the-gateway-and-the-subgraphs): no introspection or landing
// page unless GRAPHQL_DEV_TOOLS turns them on; each subgraph bounds depth, aliases and cost by itself; a body over the
// limit is 413 and a token-limit breach 400, each logged as one line.
import { type Actor, signInternalToken, importSigningKey } from '@lac/access';
import { startGateway } from '@lac/gateway';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let iroToken: string;
let iroActor: Actor;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  const childId = await world.child({ iro: iro.id });
  iroToken = await iro.token();
  iroActor = { personId: iro.id, role: 'iro', localAuthorityId: null, relationships: [{ childId, kind: 'iro' }] };
}, 120_000);

afterAll(() => system?.stop());

const INTROSPECTION = `{ __schema { types { name } } }`;

async function landingPage(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: res.status, body: await res.text() };
}

describe('dev tools are off unless GRAPHQL_DEV_TOOLS turns them on', () => {
  it('the gateway serves no landing page and refuses introspection by default', async () => {
    const page = await landingPage(system.gateway.url);
    expect(page.body).not.toMatch(/<html|sandbox/i);
    const res = await system.rawGraphql(iroToken, INTROSPECTION);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('a gateway started with dev tools serves the Sandbox and answers introspection', async () => {
    const gateway = await startGateway({
      databaseUrl: system.databaseUrl,
      userTokenPrivateKey: JSON.stringify(system.keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(system.keys.internal.privateJwk),
      subgraphUrls: Object.fromEntries(Object.entries(system.subgraphs).map(([n, s]) => [n, s.url])),
      devTools: true,
    });
    try {
      const page = await landingPage(gateway.url);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/sandbox/i);
      const res = await postGraphQL(gateway.url, iroToken, INTROSPECTION);
      expect(res.raw).toContain('"__schema"');
      expect(res.raw).toContain('Child');
    } finally {
      await gateway.stop();
    }
  });

  it.each(['care-planning', 'placements'])(
    'the %s subgraph refuses introspection and serves no landing page, even with a valid token',
    async (name) => {
      const token = await signInternalToken(await importSigningKey(system.keys.internal.privateJwk), iroActor, name);
      const res = await postGraphQL(system.subgraphs[name].url, token, INTROSPECTION);
      expect(res.raw).not.toContain('"types"');
      expect(res.raw).toMatch(/introspection/i);
      const page = await fetch(system.subgraphs[name].url, {
        headers: { accept: 'text/html', authorization: `Bearer ${token}` },
      });
      expect(await page.text()).not.toMatch(/<html|sandbox/i);
    },
  );
});

describe('each subgraph applies its own limits to a caller with a valid internal token', () => {
  const call = async (name: string, query: string) => {
    const token = await signInternalToken(await importSigningKey(system.keys.internal.privateJwk), iroActor, name);
    return postGraphQL(system.subgraphs[name].url, token, query);
  };

  it.each(['care-planning', 'placements'])('%s refuses a query deeper than 12', async (name) => {
    // __typename nested through fragments on Query: valid, cheap, and 14 levels deep.
    const levels = 14;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `q${i}: __typename ...F${i + 1}` : '__typename'} }`,
    ).join(' ');
    const res = await call(name, `{ ...F0 } ${fragments}`);
    expect(res.raw).toMatch(/depth limit/i);
  });

  it.each(['care-planning', 'placements'])('%s refuses more than 15 aliases', async (name) => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: _service { __typename }`).join(' ');
    const res = await call(name, `{ ${aliases} }`);
    expect(res.raw).toMatch(/aliases limit/i);
  });

  it.each(['care-planning', 'placements'])('%s refuses a query over its cost limit', async (name) => {
    // 15 aliases of _service (within the alias limit) each spreading 4000 copies of one field: within the token
    // limit, but a cost of about 90,000 against 50,000.
    const spreads = Array.from({ length: 15 }, (_, i) => `s${i}: _service { ...S }`).join(' ');
    const sdlFields = Array.from({ length: 4000 }, () => 'sdl').join(' ');
    const res = await call(name, `{ ${spreads} } fragment S on _Service { ${sdlFields} }`);
    expect(res.raw).toMatch(/cost/i);
  });

  it('an ordinary query still answers', async () => {
    const res = await call('care-planning', `{ __typename }`);
    expect(res.raw).toContain('"Query"');
  });
});

describe('the gateway answers a client’s mistake as one, logged in one line', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let lines: string[];
  let errors: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    gateway = await startGateway({
      databaseUrl: system.databaseUrl,
      userTokenPrivateKey: JSON.stringify(system.keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(system.keys.internal.privateJwk),
      subgraphUrls: Object.fromEntries(Object.entries(system.subgraphs).map(([n, s]) => [n, s.url])),
      log: (line) => lines.push(line),
    });
  });
  afterAll(() => gateway?.stop());
  beforeEach(() => {
    lines = [];
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  it('a body over the limit is 413, logged as one line without a stack trace', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${iroToken}` },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload_too_large' });
    expect(lines).toEqual(['[gateway] 413 POST /graphql: entity.too.large']);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a query over the token limit is 400, logged as one line without a stack trace', async () => {
    const fields = Array.from({ length: 2100 }, () => 'id').join(' ');
    const res = await postGraphQL(gateway.url, iroToken, `{ me { ${fields} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(res.errors?.[0]?.message).toMatch(/2000 tokens/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[gateway\] 400 query over the token limit: [^\n]*2000 tokens/);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a query within the token limit still answers', async () => {
    const res = await postGraphQL(gateway.url, iroToken, `{ me { id } }`);
    expect(res.status).toBe(200);
    expect(lines).toEqual([]);
  });
});
