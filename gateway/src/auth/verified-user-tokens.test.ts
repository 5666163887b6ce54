import {
  GATEWAY_ISSUER,
  type SigningKey,
  USER_TOKEN_AUDIENCE,
  generateSigningKeys,
  importSigningKey,
  signUserToken,
} from '@lac/access';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { VerifiedUserTokens } from './verified-user-tokens';

let key: SigningKey;
let otherKey: SigningKey;

beforeAll(async () => {
  key = await importSigningKey((await generateSigningKeys()).privateJwk);
  otherKey = await importSigningKey((await generateSigningKeys()).privateJwk);
});

function clock() {
  const state = { ms: Date.now() };
  return { state, now: () => state.ms };
}

/** The same token with one character of a segment changed (0 header, 1 payload, 2 signature). */
function altered(token: string, segment: number): string {
  const parts = token.split('.');
  const text = parts[segment];
  const middle = Math.floor(text.length / 2);
  parts[segment] = `${text.slice(0, middle)}${text[middle] === 'A' ? 'B' : 'A'}${text.slice(middle + 1)}`;
  return parts.join('.');
}

describe('VerifiedUserTokens: a bearer token verified once, taken on trust again only as itself', () => {
  it('answers a valid token with its person, and the second time from what it remembered', async () => {
    const tokens = new VerifiedUserTokens(key);
    const token = await signUserToken(key, 'p-1', 3600);
    const first = await tokens.verify(token);
    expect(first).toEqual({ personId: 'p-1' });
    expect(await tokens.verify(token)).toBe(first);
    expect(tokens.size).toBe(1);
  });

  it('two people at once each get their own person', async () => {
    const tokens = new VerifiedUserTokens(key);
    const a = await signUserToken(key, 'p-a', 3600);
    const b = await signUserToken(key, 'p-b', 3600);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => tokens.verify(i % 2 ? b : a)));
    answers.forEach((claims, i) => expect(claims).toEqual({ personId: i % 2 ? 'p-b' : 'p-a' }));
  });

  it.each([
    ['the header', 0],
    ['the payload', 1],
    ['the signature', 2],
  ])('refuses a remembered token with one character of %s changed', async (_label, segment) => {
    const tokens = new VerifiedUserTokens(key);
    const token = await signUserToken(key, 'p-1', 3600);
    expect(await tokens.verify(token)).not.toBeNull();
    expect(await tokens.verify(altered(token, segment))).toBeNull();
  });

  it('refuses a token signed by another key, and does not remember it', async () => {
    const tokens = new VerifiedUserTokens(key);
    const forged = await signUserToken(otherKey, 'p-1', 3600);
    expect(await tokens.verify(forged)).toBeNull();
    expect(await tokens.verify(forged)).toBeNull();
    expect(tokens.size).toBe(0);
  });

  it('a remembered token stops working when its exp is reached, as jose would judge it', async () => {
    const { state, now } = clock();
    const tokens = new VerifiedUserTokens(key, { now });
    const token = await signUserToken(key, 'p-1', 60);
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number };
    expect(await tokens.verify(token)).toEqual({ personId: 'p-1' });
    state.ms = exp.exp * 1000 - 1;
    expect(await tokens.verify(token)).toEqual({ personId: 'p-1' });
    state.ms = exp.exp * 1000;
    expect(await tokens.verify(token)).toBeNull();
    expect(tokens.size).toBe(0);
  });

  it('does not remember a token that carries a not-before, so that check is never skipped', async () => {
    const tokens = new VerifiedUserTokens(key);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience(USER_TOKEN_AUDIENCE)
      .setSubject('p-1')
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('1h')
      .sign(key);
    expect(await tokens.verify(token)).toEqual({ personId: 'p-1' });
    expect(tokens.size).toBe(0);
  });

  it('keeps no more than its limit, dropping the oldest', async () => {
    const tokens = new VerifiedUserTokens(key, { maxEntries: 2 });
    for (const id of ['p-1', 'p-2', 'p-3', 'p-4']) await tokens.verify(await signUserToken(key, id, 3600));
    expect(tokens.size).toBe(2);
  });
});
