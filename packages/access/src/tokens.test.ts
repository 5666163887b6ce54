import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import {
  GATEWAY_ISSUER,
  generateSigningKeys,
  importSigningKey,
  signInternalToken,
  signUserToken,
  verifyInternalToken,
  verifyUserToken,
} from './tokens';

const actor: Actor = {
  personId: '11111111-1111-4111-8111-111111111111',
  role: 'iro',
  localAuthorityId: '22222222-2222-4222-8222-222222222222',
  relationships: [
    { childId: '33333333-3333-4333-8333-333333333333', kind: 'iro' },
    { childId: '44444444-4444-4444-8444-444444444444', kind: 'carer' },
  ],
};

async function keys() {
  const pair = await generateSigningKeys();
  return { priv: await importSigningKey(pair.privateJwk), pub: await importSigningKey(pair.publicJwk) };
}

describe('internal tokens', () => {
  it('carry the actor to the subgraph they were minted for', async () => {
    const { priv, pub } = await keys();
    const token = await signInternalToken(priv, actor, 'care-planning');
    expect(await verifyInternalToken(pub, token, 'care-planning')).toEqual(actor);
  });

  it('are refused by another subgraph', async () => {
    const { priv, pub } = await keys();
    const token = await signInternalToken(priv, actor, 'placements');
    await expect(verifyInternalToken(pub, token, 'care-planning')).rejects.toThrow(/Invalid token/);
  });

  it('are refused when signed by another key', async () => {
    const a = await keys();
    const b = await keys();
    const token = await signInternalToken(b.priv, actor, 'care-planning');
    await expect(verifyInternalToken(a.pub, token, 'care-planning')).rejects.toThrow(/Invalid token/);
  });

  it('are refused once expired, and when they claim a lifetime over a minute', async () => {
    const { priv, pub } = await keys();
    const old = Math.floor(Date.now() / 1000) - 120;
    const expired = await new SignJWT({ role: 'iro', la: null, rel: [] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience('care-planning')
      .setSubject(actor.personId)
      .setIssuedAt(old)
      .setExpirationTime(old + 60)
      .sign(priv);
    await expect(verifyInternalToken(pub, expired, 'care-planning')).rejects.toThrow(/Invalid token/);
    const longLived = await new SignJWT({ role: 'iro', la: null, rel: [] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience('care-planning')
      .setSubject(actor.personId)
      .setIssuedAt(old)
      .setExpirationTime('1h')
      .sign(priv);
    await expect(verifyInternalToken(pub, longLived, 'care-planning')).rejects.toThrow(/Invalid token/);
  });

  it('cannot be replaced by a user token', async () => {
    const { priv, pub } = await keys();
    const userToken = await signUserToken(priv, actor.personId, 600);
    await expect(verifyInternalToken(pub, userToken, 'care-planning')).rejects.toThrow(/Invalid token/);
    expect(await verifyUserToken(pub, userToken)).toEqual({ personId: actor.personId });
  });
});
