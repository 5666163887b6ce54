import { type Actor, INTERNAL_TOKEN_TTL_SECONDS, type SigningKey, signInternalToken } from '@lac/access';

export interface InternalTokensOptions {
  /** How long one signed token is handed out again; it must leave the slowest request time to use it. */
  reuseMs: number;
  /** At most this many tokens are kept; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Everything `signInternalToken` puts in a token apart from its times: the audience (the subgraph) and the actor's
 * claims, relationships included. Two requests share a token only when this key is equal, that is when the token
 * says exactly the same thing about who is asking; a caller whose relationships changed gets a new one at once.
 */
export function internalTokenKey(actor: Actor, audience: string): string {
  return `${audience}\n${claimsKey(actor)}`;
}

// One actor object per request (loadActor; never changed once loaded), asked for by every fetch of that request:
// its claims are written out once, not once per fetch (about 1% of the gateway's CPU with 50 relationships).
const claimsKeys = new WeakMap<Actor, string>();

function claimsKey(actor: Actor): string {
  let key = claimsKeys.get(actor);
  if (key === undefined) {
    // as a set: the relationships are read without an order (access store), and a token says the same in any order
    const relationships = actor.relationships
      .map((r) => `${r.kind}:${r.childId}`)
      .sort()
      .join(',');
    key = JSON.stringify([actor.personId, actor.role, actor.localAuthorityId, relationships]);
    claimsKeys.set(actor, key);
  }
  return key;
}

/**
 * The longest a token may be handed out again after it was signed: half its life at most, and never so long that a
 * fetch given `fetchBudgetMs` could reach its subgraph after the one-minute limit (`verifyInternalToken`'s
 * maxTokenAge; `iat` is in whole seconds). A token is taken just before each fetch is sent, not once per request.
 */
export function tokenReuseMs(fetchBudgetMs: number): number {
  const life = INTERNAL_TOKEN_TTL_SECONDS * 1000;
  return Math.max(0, Math.min(life / 2, life - 1000 - fetchBudgetMs));
}

interface Entry {
  signedAt: number;
  token: Promise<string>;
}

/**
 * The signed identity each subgraph receives (docs/decisions/0001), signed once per caller, audience and set of
 * claims and handed out again for a short while, instead of once per subgraph fetch (a caseload makes four). Keyed on
 * everything the token says (internalTokenKey), so it can never carry one caller's identity, or a stale set of
 * relationships, in another request: a cache keyed on less would be a disclosure (docs/decisions/0014).
 */
export class InternalTokens {
  private readonly entries = new Map<string, Entry>();
  private readonly reuseMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly key: SigningKey,
    options: InternalTokensOptions,
  ) {
    this.reuseMs = options.reuseMs;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  token(actor: Actor, audience: string): Promise<string> {
    const cacheKey = internalTokenKey(actor, audience);
    const now = this.now();
    const found = this.entries.get(cacheKey);
    if (found && now - found.signedAt < this.reuseMs) return found.token;
    if (found) this.entries.delete(cacheKey);
    const token = signInternalToken(this.key, actor, audience);
    if (this.reuseMs <= 0) return token;
    this.entries.set(cacheKey, { signedAt: now, token });
    // A failed signature is not kept: the next request signs again.
    token.catch(() => {
      if (this.entries.get(cacheKey)?.token === token) this.entries.delete(cacheKey);
    });
    this.evict(now);
    return token;
  }

  /** Entries are in insertion order, so the expired and, past the limit, the oldest are at the front. */
  private evict(now: number): void {
    for (const [cacheKey, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && now - entry.signedAt < this.reuseMs) break;
      this.entries.delete(cacheKey);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
