import { type Actor, generateSigningKeys, importSigningKey, signInternalToken } from '@lac/access';
import { describe, expect, it } from 'vitest';
import { VerifiedTokens } from './verified-tokens';

const actor: Actor = {
  personId: '0a0a0a0a-0000-4000-8000-0000000000a1',
  role: 'iro',
  localAuthorityId: null,
  relationships: [{ kind: 'iro', childId: '0a0a0a0a-0000-4000-8000-0000000000c1' }],
};

async function token(): Promise<{ token: string; issuedAt: number }> {
  const keys = await generateSigningKeys();
  const signed = await signInternalToken(await importSigningKey(keys.privateJwk), actor, 'care-planning');
  // The token's own `iat`, not a clock read beside the signing: on a loaded machine the second can turn between them.
  const { iat } = JSON.parse(Buffer.from(signed.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat: number };
  return { token: signed, issuedAt: iat };
}

describe('VerifiedTokens', () => {
  it('answers a token it verified with a copy of its actor, so one request cannot change another’s', async () => {
    const { token: t } = await token();
    const cache = new VerifiedTokens();
    expect(cache.get(t)).toBeUndefined();
    cache.remember(t, actor);
    const first = cache.get(t)!;
    expect(first).toEqual(actor);
    (first.relationships as unknown[]).push({ kind: 'iro', childId: 'someone-else' });
    expect(cache.get(t)).toEqual(actor);
  });

  it('forgets a token once its minute is over, so it is verified again (and refused)', async () => {
    const { token: t, issuedAt } = await token();
    const cache = new VerifiedTokens();
    cache.remember(t, actor);
    expect(cache.get(t, (issuedAt + 59) * 1000)).toEqual(actor);
    expect(cache.get(t, (issuedAt + 60) * 1000)).toBeUndefined();
    expect(cache.get(t, (issuedAt + 1) * 1000)).toBeUndefined();
  });

  it('never answers for a token it was not given, however alike', async () => {
    const { token: t } = await token();
    const cache = new VerifiedTokens();
    cache.remember(t, actor);
    // One character of the signature changed (to another one for sure: the old "…AA" ending could be the token's own).
    const at = t.length - 10;
    const alike = `${t.slice(0, at)}${t[at] === 'A' ? 'B' : 'A'}${t.slice(at + 1)}`;
    expect(alike).not.toBe(t);
    expect(cache.get(alike)).toBeUndefined();
  });
});
