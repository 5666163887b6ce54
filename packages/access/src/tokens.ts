import {
  type JWK,
  type JWTPayload,
  type KeyLike,
  SignJWT,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
} from 'jose';
import { type Actor, isRole } from './actor';
import { RELATIONSHIP_KINDS, type StoredRelationshipKind } from './relationships';

const ALG = 'EdDSA';
export const GATEWAY_ISSUER = 'lac-gateway';
export const USER_TOKEN_AUDIENCE = 'lac-api';
/** Internal tokens live for one request's fan-out, never more than a minute. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

export interface KeyPairJwk {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateSigningKeys(): Promise<KeyPairJwk> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

export type SigningKey = KeyLike;

export async function importSigningKey(jwk: JWK): Promise<KeyLike> {
  return (await importJWK(jwk, ALG)) as KeyLike;
}

/** Rejects a JWK that is not an Ed25519 key of the expected kind, before it is ever used. */
export function parseJwk(json: string, kind: 'private' | 'public'): JWK {
  const jwk = JSON.parse(json) as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error('Signing keys must be Ed25519 JWKs');
  if (kind === 'private' && !jwk.d) throw new Error('Expected a private JWK');
  if (kind === 'public' && jwk.d) throw new Error('A public key setting holds a private key');
  return jwk;
}

// Relationship kinds travel as one-letter codes: an IRO's 70 children must fit comfortably in a header.
const KIND_CODES: Record<StoredRelationshipKind, string> = {
  iro: 'i',
  social_worker: 'w',
  carer: 'c',
  parent: 'p',
  advocate: 'a',
  guardian: 'g',
  self: 's',
};
const KIND_BY_CODE = Object.fromEntries(Object.entries(KIND_CODES).map(([k, c]) => [c, k])) as Record<
  string,
  StoredRelationshipKind
>;

export async function signInternalToken(key: KeyLike, actor: Actor, audience: string): Promise<string> {
  return new SignJWT({
    role: actor.role,
    la: actor.localAuthorityId,
    rel: actor.relationships.map((r) => `${KIND_CODES[r.kind]}:${r.childId}`),
  })
    .setProtectedHeader({ alg: ALG, typ: 'JWT' })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(audience)
    .setSubject(actor.personId)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`)
    .sign(key);
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(`Invalid token: ${reason}`);
  }
}

/** What a subgraph trusts: a token the gateway signed for this subgraph alone, issued within the last minute. */
export async function verifyInternalToken(key: KeyLike, token: string, audience: string): Promise<Actor> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ALG],
      issuer: GATEWAY_ISSUER,
      audience,
      maxTokenAge: `${INTERNAL_TOKEN_TTL_SECONDS}s`,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch (error) {
    throw new InvalidTokenError(error instanceof Error ? error.message : 'unreadable');
  }
  const { sub, role, la, rel } = payload as { sub: string; role?: unknown; la?: unknown; rel?: unknown };
  if (typeof role !== 'string' || !isRole(role)) throw new InvalidTokenError('role');
  if (!Array.isArray(rel)) throw new InvalidTokenError('relationships');
  return {
    personId: sub,
    role,
    localAuthorityId: typeof la === 'string' ? la : null,
    relationships: rel.map((entry: unknown) => {
      const [code, childId] = String(entry).split(':');
      const kind = KIND_BY_CODE[code ?? ''];
      if (!kind || !childId) throw new InvalidTokenError('relationship entry');
      return { kind, childId };
    }),
  };
}

export interface UserClaims {
  personId: string;
}

/** The token an API client or the portal holds; it names the person only, relationships are read per request. */
export async function signUserToken(key: KeyLike, personId: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: ALG, typ: 'JWT' })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(USER_TOKEN_AUDIENCE)
    .setSubject(personId)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

export async function verifyUserToken(key: KeyLike, token: string): Promise<UserClaims> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALG],
      issuer: GATEWAY_ISSUER,
      audience: USER_TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'exp'],
    });
    return { personId: payload.sub as string };
  } catch (error) {
    throw new InvalidTokenError(error instanceof Error ? error.message : 'unreadable');
  }
}

export { RELATIONSHIP_KINDS };
