import {
  type Actor,
  INTERNAL_TOKEN_TTL_SECONDS,
  type SigningKey,
  generateSigningKeys,
  importSigningKey,
  verifyInternalToken,
} from '@lac/access';
import { beforeAll, describe, expect, it } from 'vitest';
import { InternalTokens, tokenReuseMs } from './internal-tokens';

let privateKey: SigningKey;
let publicKey: SigningKey;

beforeAll(async () => {
  const keys = await generateSigningKeys();
  privateKey = await importSigningKey(keys.privateJwk);
  publicKey = await importSigningKey(keys.publicJwk);
});

const iro = (personId: string, children: string[]): Actor => ({
  personId,
  role: 'iro',
  localAuthorityId: 'la-1',
  relationships: children.map((childId) => ({ childId, kind: 'iro' })),
});

function clock() {
  const state = { ms: Date.now() };
  return { state, now: () => state.ms };
}

describe('InternalTokens: one signature per caller, audience and claims, for a short while', () => {
  it('hands the same token out again to the same caller for the same subgraph', async () => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000 });
    const actor = iro('p-1', ['c-1', 'c-2']);
    expect(await tokens.token(actor, 'placements')).toBe(await tokens.token({ ...actor }, 'placements'));
  });

  it('the same relationships read in another order are the same claims', async () => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000 });
    const first = tokens.token(iro('p-1', ['c-1', 'c-2']), 'placements');
    expect(tokens.token(iro('p-1', ['c-2', 'c-1']), 'placements')).toBe(first);
  });

  it('two callers asking at the same moment each receive a token that says who they are', async () => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000 });
    const a = iro('p-a', ['c-1']);
    const b = iro('p-b', ['c-2']);
    const signed = await Promise.all(Array.from({ length: 40 }, (_, i) => tokens.token(i % 2 ? b : a, 'placements')));
    const verified = await Promise.all(signed.map((t) => verifyInternalToken(publicKey, t, 'placements')));
    verified.forEach((actor, i) => expect(actor).toEqual(i % 2 ? b : a));
    expect(new Set(signed).size).toBe(2);
  });

  it('a token for one subgraph is never handed to another', async () => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000 });
    const actor = iro('p-1', ['c-1']);
    const forPlacements = await tokens.token(actor, 'placements');
    const forCarePlanning = await tokens.token(actor, 'care-planning');
    expect(forCarePlanning).not.toBe(forPlacements);
    await expect(verifyInternalToken(publicKey, forCarePlanning, 'care-planning')).resolves.toEqual(actor);
    await expect(verifyInternalToken(publicKey, forPlacements, 'care-planning')).rejects.toThrow(/Invalid token/);
  });

  const changes: Array<[string, Partial<Actor>]> = [
    ['a relationship ended', { relationships: [{ childId: 'c-1', kind: 'iro' }] }],
    ['a relationship began', iro('p-1', ['c-1', 'c-2', 'c-3'])],
    [
      'the kind of a relationship changed',
      {
        relationships: [
          { childId: 'c-1', kind: 'carer' },
          { childId: 'c-2', kind: 'carer' },
        ],
      },
    ],
    ['the role changed', { role: 'iro_manager' }],
    ['the local authority changed', { localAuthorityId: 'la-2' }],
  ];
  it.each(changes)('signs anew at once when %s', async (_label, change) => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000 });
    const before = iro('p-1', ['c-1', 'c-2']);
    const after: Actor = { ...before, ...change };
    const first = await tokens.token(before, 'care-planning');
    const second = await tokens.token(after, 'care-planning');
    expect(second).not.toBe(first);
    await expect(verifyInternalToken(publicKey, second, 'care-planning')).resolves.toEqual(after);
  });

  it('signs anew once the reuse window has passed', async () => {
    const { state, now } = clock();
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000, now });
    const actor = iro('p-1', ['c-1']);
    // the same signature is the same promise; a new signature is a new one (its text may match within a second)
    const first = tokens.token(actor, 'placements');
    state.ms += 29_999;
    expect(tokens.token(actor, 'placements')).toBe(first);
    state.ms += 1;
    const signedAgain = tokens.token(actor, 'placements');
    expect(signedAgain).not.toBe(first);
    expect(tokens.token(actor, 'placements')).toBe(signedAgain);
    await expect(verifyInternalToken(publicKey, await signedAgain, 'placements')).resolves.toEqual(actor);
  });

  it('keeps no more than its limit, dropping the oldest', async () => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 30_000, maxEntries: 3 });
    for (const id of ['p-1', 'p-2', 'p-3', 'p-4', 'p-5']) await tokens.token(iro(id, []), 'placements');
    expect(tokens.size).toBe(3);
  });

  it('with no reuse allowed, signs every time and keeps nothing', async () => {
    const tokens = new InternalTokens(privateKey, { reuseMs: 0 });
    const actor = iro('p-1', ['c-1']);
    const first = tokens.token(actor, 'placements');
    expect(tokens.token(actor, 'placements')).not.toBe(first);
    expect(tokens.size).toBe(0);
  });
});

describe('tokenReuseMs: a reused token still reaches its subgraph inside the one-minute limit', () => {
  const life = INTERNAL_TOKEN_TTL_SECONDS * 1000;
  it.each([100, 4_000, 20_000, 40_000, 70_000])('with a fetch budget of %i ms', (budget) => {
    const reuse = tokenReuseMs(budget);
    expect(reuse).toBeLessThanOrEqual(life / 2);
    expect(reuse).toBeGreaterThanOrEqual(0);
    // signed at most a second before its `iat` says, handed out at `reuse`, arriving by the end of the budget
    if (reuse > 0) expect(1000 + reuse + budget).toBeLessThanOrEqual(life);
  });

  it('the default budget of four seconds reuses a token for thirty', () => {
    expect(tokenReuseMs(4_000)).toBe(30_000);
  });
});
