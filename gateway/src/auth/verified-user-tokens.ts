import { type SigningKey, type UserClaims, verifyUserToken } from '@lac/access';

export interface VerifiedUserTokensOptions {
  /** At most this many verified tokens are remembered; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  claims: UserClaims;
  /** `exp` in seconds, as signed. */
  expiresAt: number;
}

/**
 * The bearer token's signature checked once, not on every request: an Ed25519 verification was about a tenth of
 * the gateway's CPU on the caseload (docs/benchmarks.md). Keyed on the whole token text, signature included, so
 * only the very token that verified is taken on trust again, and only until its `exp`, judged as jose judges it
 * (expired once the current whole second reaches it). The person behind it is still loaded afresh on every request
 * (auth/load-actor.ts), so a disabled account or an ended relationship takes effect at once; one instance per
 * signing key (startGateway), so a rotated key refuses every earlier token. A token that fails is not remembered.
 */
export class VerifiedUserTokens {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly key: SigningKey,
    options: VerifiedUserTokensOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The claims of a token this gateway signed and that has not expired; null for anything else. */
  async verify(token: string): Promise<UserClaims | null> {
    const nowSeconds = Math.floor(this.now() / 1000);
    const found = this.entries.get(token);
    if (found) {
      if (found.expiresAt > nowSeconds) return found.claims;
      this.entries.delete(token);
      return null;
    }
    const claims = await verifyUserToken(this.key, token).catch(() => null);
    if (!claims) return null;
    const expiresAt = signedExpiry(token);
    // Only a token whose lifetime is nothing but `exp` is remembered (ours never carry `nbf`).
    if (expiresAt !== null && expiresAt > nowSeconds) {
      this.entries.set(token, { claims, expiresAt });
      if (this.entries.size > this.maxEntries) this.evict(nowSeconds);
    }
    return claims;
  }

  /** The oldest first (a Map iterates in insertion order), and any expired met on the way, until within the limit. */
  private evict(nowSeconds: number): void {
    for (const [token, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && entry.expiresAt > nowSeconds) break;
      this.entries.delete(token);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** `exp` from a token whose signature has just been verified; null when it also has a `nbf` or no numeric `exp`. */
function signedExpiry(token: string): number | null {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    exp?: unknown;
    nbf?: unknown;
  };
  return typeof payload.exp === 'number' && payload.nbf === undefined ? payload.exp : null;
}
