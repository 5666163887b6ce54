// A failure stays the size of what failed (docs/security.md#graphql-armor-the-gateway-and-the-subgraphs): a subgraph
// that is slow or stopped costs only its own part of an answer. The gateway gives up on it within its budget and
// answers with every other subgraph's data and a masked error carrying the path of what is missing; nothing about the
// subgraph's address or the failure leaks.
import { type RunningGateway, startGateway } from '@lac/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type StallProxy, stallProxy } from '../support/stall-proxy';
import { type System, postGraphQL, startSystem } from '../support/system';

const TODAY = '2026-11-23';
const BUDGET_MS = 500;
const MOVED = '2026-11-02';
const AFTER_MOVE_DUE = '2026-11-30';
let system: System;
let gateway: RunningGateway;
const proxies: Record<string, StallProxy> = {};
let iroToken: string;
let childId: string;
let otherChildId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  const carer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id, since: '2026-01-05' });
  otherChildId = await world.child({ iro: iro.id });
  // Reviews held on time, then a move on 2 November 2026 after the last of them: the move brings the next review
  // forward from 3 February 2027 to 30 November 2026 (20 working days, docs/decisions/0022).
  for (const heldOn of ['2026-02-02', '2026-05-01', '2026-08-03']) await world.reviewHeld(childId, heldOn, iro.id);
  await world.place(childId, carer.id, '2026-01-05');
  await world.place(childId, carer.id, MOVED, '4 Rowan Way');
  await world.place(otherChildId, carer.id);
  // every subgraph behind a proxy that a test can pause, and a gateway with a small budget in front of them
  for (const [name, subgraph] of Object.entries(system.subgraphs)) proxies[name] = await stallProxy(subgraph.url);
  gateway = await startGateway({
    databaseUrl: system.databaseUrl,
    userTokenPrivateKey: JSON.stringify(system.keys.user.privateJwk),
    internalTokenPrivateKey: JSON.stringify(system.keys.internal.privateJwk),
    subgraphUrls: Object.fromEntries(Object.entries(proxies).map(([name, p]) => [name, p.url])),
    subgraphTimeoutMs: BUDGET_MS,
    log: () => undefined,
  });
  iroToken = await iro.token();
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  for (const proxy of Object.values(proxies)) await proxy.stop();
  await system?.stop();
});

async function paused<T>(name: string, run: () => Promise<T>): Promise<T> {
  proxies[name].paused = true;
  try {
    return await run();
  } finally {
    proxies[name].paused = false;
  }
}

async function timed(query: string, variables?: Record<string, unknown>) {
  const started = Date.now();
  const res = await postGraphQL<Record<string, any>>(gateway.url, iroToken, query, variables);
  return { ...res, ms: Date.now() - started };
}

const CHILD = `query ($id: ID!) { child(id: $id) { id givenName nextReview { dueBy } currentPlacement { id startDate } } }`;

function expectMasked(raw: string) {
  expect(raw).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|abort|timeout|stack|fetch failed/i);
}

describe('a paused subgraph costs only its own part of the answer', () => {
  it('answers in full while every subgraph is up', async () => {
    const res = await timed(CHILD, { id: childId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.child.currentPlacement).not.toBeNull();
    expect(res.data?.child.nextReview).toEqual({ dueBy: AFTER_MOVE_DUE });
  });

  it('placements paused: the child with care-planning data, the placement null with its path, within the budget', async () => {
    const res = await paused('placements', () => timed(CHILD, { id: childId }));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(BUDGET_MS + 1_500);
    expect(res.data?.child).toMatchObject({ id: childId, currentPlacement: null });
    expect(res.data?.child.givenName).toMatch(/^Child/);
    // The next review does not wait for placements: care-planning holds the last placement change itself
    // (docs/decisions/0026), so it is answered in full, move included, with placements down.
    expect(res.data?.child.nextReview).toEqual({ dueBy: AFTER_MOVE_DUE });
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['child', 'currentPlacement'], 'SUBGRAPH_UNAVAILABLE'],
    ]);
    expect(res.errors?.[0]?.message).toBe('This part of the record could not be loaded. Try again later.');
    expectMasked(res.raw);
  });

  it('in a list, each child whose part is missing is named by its own path', async () => {
    const query = `{ children(first: 10) { items { id currentPlacement { id } } } }`;
    const res = await paused('placements', () => timed(query));
    expect(res.status).toBe(200);
    const items = res.data?.children.items as Array<{ id: string; currentPlacement: unknown }>;
    expect(items.map((c) => c.id).sort()).toEqual([childId, otherChildId].sort());
    expect(items.every((c) => c.currentPlacement === null)).toBe(true);
    expect((res.errors ?? []).map((e) => e.path).sort()).toEqual(
      items.map((_, i) => ['children', 'items', i, 'currentPlacement']).sort(),
    );
  });

  it('the owning subgraph paused: the root field is null with its path, not an HTTP 500', async () => {
    const res = await paused('care-planning', () => timed(CHILD, { id: childId }));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(BUDGET_MS + 1_500);
    expect(res.data).toEqual({ child: null });
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['child'], 'SUBGRAPH_UNAVAILABLE']]);
    expectMasked(res.raw);
  });

  it('a subgraph that drops the connection: the same partial answer, at once', async () => {
    proxies.placements.dead = true;
    try {
      const res = await timed(CHILD, { id: childId });
      expect(res.status).toBe(200);
      expect(res.data?.child).toMatchObject({ id: childId, currentPlacement: null });
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [['child', 'currentPlacement'], 'SUBGRAPH_UNAVAILABLE'],
      ]);
      expect(res.data?.child.nextReview).toEqual({ dueBy: AFTER_MOVE_DUE });
      expectMasked(res.raw);
    } finally {
      proxies.placements.dead = false;
    }
  });

  it('the subgraph back: the next request answers in full again', async () => {
    const res = await timed(CHILD, { id: childId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.child.currentPlacement).not.toBeNull();
  });
});
