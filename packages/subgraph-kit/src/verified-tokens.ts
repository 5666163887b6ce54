import { type Actor, INTERNAL_TOKEN_TTL_SECONDS } from '@lac/access';

/**
 * Tokens this subgraph has already verified, until they stop being valid. The gateway hands out one signed token per
 * caller, subgraph and set of claims for up to 30 s (gateway/src/graph/internal-tokens.ts), so the requests of one
 * busy caller carry the same string and the signature check (the most
 * expensive step of a request's authentication, measured) is done once for them. A token is only ever looked up by
 * its exact text, and only until its own expiry or its issue time plus the minute the subgraph accepts, whichever
 * is sooner; after that it is verified again and refused.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();

  constructor(private readonly capacity = 1000) {}

  /** The actor of a token verified before and still valid at `now` (ms); a copy, so no request can change another's. */
  get(token: string, now = Date.now()): Actor | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return { ...entry.actor, relationships: [...entry.actor.relationships] };
  }

  /** Remembers a token that has just been verified. */
  remember(token: string, actor: Actor): void {
    const claims = claimsOf(token);
    if (!claims) return;
    const until = Math.min(claims.exp, claims.iat + INTERNAL_TOKEN_TTL_SECONDS) * 1000;
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(token, { actor: { ...actor, relationships: [...actor.relationships] }, until });
  }
}

/** exp and iat of a token whose signature has already been checked. */
function claimsOf(token: string): { exp: number; iat: number } | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
    if (typeof payload !== 'object' || payload === null) return null;
    const { exp, iat } = payload as { exp?: unknown; iat?: unknown };
    return typeof exp === 'number' && typeof iat === 'number' ? { exp, iat } : null;
  } catch {
    return null;
  }
}
