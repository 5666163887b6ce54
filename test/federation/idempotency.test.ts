// Mutations that create records are idempotent (docs/security.md#idempotent-creates): a retry with the same key returns
// the first result, the same key with a different request is refused, and a double-click (two requests at once) creates
// one record. The mechanism is packages/subgraph-kit/src/idempotency.ts, with one table per subgraph schema.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let teen: Awaited<ReturnType<World['youngPerson']>>;
let teenToken: string;
let iroId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  iroId = iro.id;
  teen = await world.youngPerson('2013-05-02', { iro: iro.id, givenName: 'Robin' });
  teenToken = await teen.person.token();
});

afterAll(() => system?.stop());

const SEND = graphql(`
  mutation IdempotentSend($childId: ID!, $body: String!, $idempotencyKey: String) {
    sendMessageToIro(childId: $childId, body: $body, idempotencyKey: $idempotencyKey) {
      id
      body
    }
  }
`);
const START = graphql(`
  mutation IdempotentStartPlacement($input: StartPlacementInput!, $idempotencyKey: String) {
    startPlacement(input: $input, idempotencyKey: $idempotencyKey) {
      id
      startDate
    }
  }
`);

async function messageCount(): Promise<number> {
  const [{ n }] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT count(*)::int AS n FROM care_planning.iro_messages WHERE child_id = $1',
    [teen.childId],
  );
  return n as number;
}

const send = (body: string, idempotencyKey?: string | null) =>
  system.graphql(teenToken, SEND, { childId: teen.childId, body, idempotencyKey });

describe('an idempotent create mutation', () => {
  it('the same key twice: one record, and the same answer', async () => {
    const before = await messageCount();
    const key = randomUUID();
    const first = await send('Can we talk about school?', key);
    const again = await send('Can we talk about school?', key);
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await messageCount()).toBe(before + 1);
  });

  it('the same key at once (a double-click): one record, both answered with it', async () => {
    const before = await messageCount();
    const key = randomUUID();
    const [a, b] = await Promise.all([
      send('Sent twice by a double-click', key),
      send('Sent twice by a double-click', key),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.sendMessageToIro.id).toBe(b.data?.sendMessageToIro.id);
    expect(await messageCount()).toBe(before + 1);
  });

  it('the same key with a different payload: refused with a typed error, nothing created', async () => {
    const key = randomUUID();
    await send('First words', key);
    const before = await messageCount();
    const other = await send('Different words', key);
    expect(other.data ?? null).toBeNull();
    expect(other.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      field: 'idempotencyKey',
      problem: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await messageCount()).toBe(before);
  });

  it('a request that failed leaves its key free: the corrected request goes through', async () => {
    const key = randomUUID();
    const refused = await send('   ', key);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const before = await messageCount();
    const corrected = await send('Now with words', key);
    expect(corrected.errors).toBeUndefined();
    expect(await messageCount()).toBe(before + 1);
  });

  it('keys are per person: another person’s key never answers with this person’s record', async () => {
    const other = await world.youngPerson('2012-01-09', { iro: iroId, givenName: 'Sky' });
    const key = randomUUID();
    const mine = await send('Mine', key);
    const theirs = await system.graphql(await other.person.token(), SEND, {
      childId: other.childId,
      body: 'Mine',
      idempotencyKey: key,
    });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.sendMessageToIro.id).not.toBe(mine.data?.sendMessageToIro.id);
  });

  it('without a key, each request creates a record, as before', async () => {
    const before = await messageCount();
    await send('Once');
    await send('Once');
    expect(await messageCount()).toBe(before + 2);
  });

  it('refuses a key that is not a plain token', async () => {
    const res = await send('Hello', 'x');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it('works the same in another subgraph (placements), through its own table', async () => {
    const socialWorker = await world.person('social_worker');
    const carer = await world.person('foster_carer');
    const childId = await world.child({ socialWorker: socialWorker.id });
    const input = {
      childId,
      carerPersonId: carer.id,
      placementType: 'U6',
      providerCode: 'PR1',
      startDate: '2026-03-02',
      address: { line1: '3 Retry Lane', line2: null, town: 'Brackenford', postcode: 'ZZ1 4AB' },
    };
    const key = randomUUID();
    const token = await socialWorker.token();
    const [a, b] = await Promise.all([
      system.graphql(token, START, { input, idempotencyKey: key }),
      system.graphql(token, START, { input, idempotencyKey: key }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.data).toEqual(a.data);
    const [{ n }] = await system.subgraphs.placements.dataSource.query(
      'SELECT count(*)::int AS n FROM placements.placements WHERE child_id = $1',
      [childId],
    );
    expect(n).toBe(1);
    const changed = await system.graphql(token, START, {
      input: { ...input, startDate: '2026-03-03' },
      idempotencyKey: key,
    });
    expect(changed.errors?.[0]?.extensions?.problem).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
