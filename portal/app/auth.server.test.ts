import { createHash } from 'node:crypto';
import { createTestDatabase } from '@lac/testing';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { MESSAGES, createAuth } from './auth.server';
import { clientAddress, normaliseAddress } from './client-address.server';
import { CSRF_FIELD, csrfTokenMatches } from './csrf.server';
import { migrate } from './db.server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  GatewayError,
  GatewayUnauthenticated,
  operationText,
  type GatewayClient,
  type TokenResult,
  type VariablesOf,
} from './gateway.server';
import { graphql } from './graphql/generated';
import { IDLE_TIMEOUT_MS, MAX_SESSION_MS, TOUCH_INTERVAL_MS, createPortalSessions } from './session.server';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const BASE = 'http://localhost:3000';
let pool: pg.Pool;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase(inject('databaseUrl'), 'portal_auth') });
  await migrate(pool);
});
afterAll(async () => {
  await pool?.end();
});

/** A stand-in gateway that records what the portal asked. */
class FakeGateway implements GatewayClient {
  tokenAnswer: TokenResult = { kind: 'ok', accessToken: 'tok-1', expiresIn: 3600 };
  me: { id: string; displayName: string; role: string; audience?: string } = {
    id: 'p-1',
    displayName: 'Iris Reviewer',
    role: 'IRO',
    audience: 'PROFESSIONAL',
  };
  queryFailure: Error | null = null;
  tokenCalls: Array<{ username: string; password: string; clientAddress?: string }> = [];
  queries: Array<{ token: string; query: string }> = [];
  async requestToken(input: { username: string; password: string; clientAddress?: string }) {
    this.tokenCalls.push(input);
    return this.tokenAnswer;
  }
  async query<T, V>(token: string, document: TypedDocumentNode<T, V>, ..._variables: VariablesOf<V>) {
    this.queries.push({ token, query: operationText(document) });
    if (this.queryFailure) throw this.queryFailure;
    return { data: { me: this.me } as T, errors: [] };
  }
  async mutate<T, V>(token: string, document: TypedDocumentNode<T, V>, ...variables: VariablesOf<V>) {
    return this.query(token, document, ...variables);
  }
}

const CHILDREN_COUNT = graphql(`
  query AuthTestChildrenCount {
    children {
      totalCount
    }
  }
`);

/** Runs a loader/action and returns what it returned or threw (React Router treats both alike). */
async function settle(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    return await fn();
  } catch (thrown) {
    return thrown;
  }
}

type DataResult = { type: string; data: any; init: { status?: number; headers?: HeadersInit } | null };
const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as DataResult).init?.status ?? 200));
function setCookieOf(r: unknown): string[] {
  const headers = r instanceof Response ? r.headers : new Headers((r as DataResult).init?.headers);
  return headers.getSetCookie();
}
const cookieFrom = (setCookie: string[]) => setCookie.map((c) => c.split(';')[0]).join('; ');

function form(fields: Record<string, string>, cookie?: string, extraHeaders: Record<string, string> = {}): Request {
  return new Request(`${BASE}/sign-in`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(cookie ? { Cookie: cookie } : {}),
      ...extraHeaders,
    },
    body: new URLSearchParams(fields),
  });
}

async function sessionRows(): Promise<number> {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM portal.sessions');
  return rows[0].n;
}

let gateway: FakeGateway;
let auth: ReturnType<typeof createAuth>;
beforeEach(() => {
  gateway = new FakeGateway();
  auth = createAuth({
    sessions: createPortalSessions({ pool, secrets: [SECRET], cookieSecure: 'auto' }),
    gateway,
    trustProxy: false,
  });
});

/** GET /sign-in → the anonymous session cookie and its CSRF token. */
async function visit(): Promise<{ cookie: string; csrf: string }> {
  const res = (await auth.signInLoader(new Request(`${BASE}/sign-in`))) as unknown as DataResult;
  return { cookie: cookieFrom(setCookieOf(res)), csrf: res.data.csrfToken };
}

describe('CSRF token comparison', () => {
  it('accepts only the exact token', () => {
    expect(csrfTokenMatches('abc', 'abc')).toBe(true);
    expect(csrfTokenMatches('abc', 'abd')).toBe(false);
    expect(csrfTokenMatches('abc', 'abcd')).toBe(false);
    expect(csrfTokenMatches('abc', '')).toBe(false);
    expect(csrfTokenMatches('abc', null)).toBe(false);
    expect(csrfTokenMatches(undefined, 'abc')).toBe(false);
    expect(csrfTokenMatches('', '')).toBe(false);
  });
});

describe('sign-in', () => {
  it('gives an anonymous visitor a session that carries a CSRF token', async () => {
    const first = await visit();
    expect(first.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.cookie).toMatch(/^lac_session=/);
    // Coming back with that cookie keeps the same token (no new row per page view).
    const again = (await auth.signInLoader(
      new Request(`${BASE}/sign-in`, { headers: { Cookie: first.cookie } }),
    )) as unknown as DataResult;
    expect(again.data.csrfToken).toBe(first.csrf);
  });

  it('answers 403 and changes nothing when the CSRF token is missing or wrong', async () => {
    const { cookie, csrf } = await visit();
    const before = await sessionRows();
    for (const request of [
      form({ username: 'iris', password: 'pw' }, cookie),
      form({ username: 'iris', password: 'pw', [CSRF_FIELD]: `${csrf}x` }, cookie),
      form({ username: 'iris', password: 'pw', [CSRF_FIELD]: csrf }), // token without its session
    ]) {
      const res = await settle(() => auth.signInAction(request));
      expect(statusOf(res)).toBe(403);
      expect(setCookieOf(res)).toEqual([]);
    }
    expect(gateway.tokenCalls).toEqual([]);
    expect(await sessionRows()).toBe(before);
  });

  it('shows one message for a wrong username or password, keeps the username, never the password', async () => {
    const { cookie, csrf } = await visit();
    gateway.tokenAnswer = { kind: 'invalid' };
    const res = (await settle(() =>
      auth.signInAction(form({ username: ' iris ', password: 'secret!', [CSRF_FIELD]: csrf }, cookie)),
    )) as DataResult;
    expect(statusOf(res)).toBe(400);
    expect(res.data).toEqual({ username: 'iris', errors: [{ field: 'username', message: MESSAGES.invalid }] });
    expect(JSON.stringify(res.data)).not.toContain('secret!');
    expect(gateway.tokenCalls).toEqual([{ username: 'iris', password: 'secret!', clientAddress: undefined }]);
  });

  it('tells a throttled user to wait', async () => {
    const { cookie, csrf } = await visit();
    gateway.tokenAnswer = { kind: 'throttled' };
    const res = (await settle(() =>
      auth.signInAction(form({ username: 'iris', password: 'x', [CSRF_FIELD]: csrf }, cookie)),
    )) as DataResult;
    expect(statusOf(res)).toBe(429);
    expect(res.data.errors[0].message).toBe('Too many attempts. Wait 5 minutes and try again.');
  });

  it('asks for missing fields without calling the gateway', async () => {
    const { cookie, csrf } = await visit();
    const res = (await settle(() =>
      auth.signInAction(form({ username: '', password: '', [CSRF_FIELD]: csrf }, cookie)),
    )) as DataResult;
    expect(statusOf(res)).toBe(400);
    expect(res.data.errors.map((e: { field: string }) => e.field)).toEqual(['username', 'password']);
    expect(gateway.tokenCalls).toEqual([]);
  });

  it('rotates the session at sign-in: old row gone, new id, new CSRF token, user stored server-side', async () => {
    const { cookie, csrf } = await visit();
    const res = await settle(() =>
      auth.signInAction(form({ username: 'iris', password: 'pw', [CSRF_FIELD]: csrf }, cookie)),
    );
    expect(res).toBeInstanceOf(Response);
    expect(statusOf(res)).toBe(302);
    expect((res as Response).headers.get('Location')).toBe('/caseload');
    const newCookie = cookieFrom(setCookieOf(res));
    expect(newCookie).not.toBe(cookie);
    expect(gateway.queries[0]).toMatchObject({ token: 'tok-1' });
    expect(gateway.queries[0].query).toMatch(/me \{\s*id\s*displayName\s*role\s*audience\s*\}/);

    // The anonymous session is dead: its cookie no longer signs anybody in, nor passes CSRF.
    const oldVisitor = await settle(() =>
      auth.requireUser(new Request(`${BASE}/caseload`, { headers: { Cookie: cookie } })),
    );
    expect(statusOf(oldVisitor)).toBe(302);
    expect((oldVisitor as Response).headers.get('Location')).toBe('/sign-in');

    const signedIn = await auth.requireUser(new Request(`${BASE}/caseload`, { headers: { Cookie: newCookie } }));
    expect(signedIn.user).toMatchObject({ token: 'tok-1', personId: 'p-1', displayName: 'Iris Reviewer', role: 'IRO' });
    expect(signedIn.csrfToken).not.toBe(csrf);
    // The cookie holds only the signed id, so a page view has no reason to send it again (touchSession).
    expect(signedIn.headers.getSetCookie()).toEqual([]);

    // The layout's read-only view never exposes the token.
    const peek = await auth.peek(new Request(`${BASE}/`, { headers: { Cookie: newCookie } }));
    expect(peek.csrfToken).toBe(signedIn.csrfToken);
  });

  it('sends the other professionals to /children', async () => {
    gateway.me = { id: 'p-3', displayName: 'Sol Worker', role: 'SOCIAL_WORKER', audience: 'PROFESSIONAL' };
    const { cookie, csrf } = await visit();
    const res = (await settle(() =>
      auth.signInAction(form({ username: 'sol', password: 'pw', [CSRF_FIELD]: csrf }, cookie)),
    )) as Response;
    expect(res.headers.get('Location')).toBe('/children');
  });

  it('sends a young person, a parent or a carer (the graph’s Me.audience) to their own page, /home', async () => {
    gateway.me = { id: 'p-2', displayName: 'Pat Parent', role: 'PARENT', audience: 'PARENT' };
    const { cookie, csrf } = await visit();
    const res = (await settle(() =>
      auth.signInAction(form({ username: 'pat', password: 'pw', [CSRF_FIELD]: csrf }, cookie)),
    )) as Response;
    expect(res.headers.get('Location')).toBe('/home');
  });

  it('ends the session when the token expires, and never later than 8 hours', async () => {
    let t = Date.UTC(2025, 0, 6, 9);
    const clocked = createAuth({
      sessions: createPortalSessions({ pool, secrets: [SECRET], cookieSecure: 'false', now: () => t }),
      gateway,
      trustProxy: false,
      now: () => t,
    });
    gateway.tokenAnswer = { kind: 'ok', accessToken: 'tok-short', expiresIn: 600 };
    const visitRes = (await clocked.signInLoader(new Request(`${BASE}/sign-in`))) as unknown as DataResult;
    const res = await settle(() =>
      clocked.signInAction(
        form(
          { username: 'iris', password: 'pw', [CSRF_FIELD]: visitRes.data.csrfToken },
          cookieFrom(setCookieOf(visitRes)),
        ),
      ),
    );
    const cookie = cookieFrom(setCookieOf(res));
    const signedIn = await clocked.requireUser(new Request(`${BASE}/`, { headers: { Cookie: cookie } }));
    expect(signedIn.user.tokenExpiresAt).toBe(t + 600_000);
    t += 600_001;
    expect(
      statusOf(await settle(() => clocked.requireUser(new Request(`${BASE}/`, { headers: { Cookie: cookie } })))),
    ).toBe(302);

    gateway.tokenAnswer = { kind: 'ok', accessToken: 'tok-long', expiresIn: 24 * 3600 };
    const v2 = (await clocked.signInLoader(new Request(`${BASE}/sign-in`))) as unknown as DataResult;
    const r2 = await settle(() =>
      clocked.signInAction(
        form({ username: 'iris', password: 'pw', [CSRF_FIELD]: v2.data.csrfToken }, cookieFrom(setCookieOf(v2))),
      ),
    );
    const s2 = await clocked.requireUser(new Request(`${BASE}/`, { headers: { Cookie: cookieFrom(setCookieOf(r2)) } }));
    expect(s2.user.tokenExpiresAt).toBe(t + MAX_SESSION_MS);
  });

  it('takes the browser address from the socket, or from a trusted proxy only', () => {
    const req = new Request(`${BASE}/sign-in`, { headers: { 'X-Forwarded-For': '203.0.113.9, 198.51.100.7' } });
    expect(clientAddress(req, false, '192.0.2.1')).toBe('192.0.2.1');
    expect(clientAddress(req, false, undefined)).toBeUndefined();
    expect(clientAddress(req, true, '192.0.2.1')).toBe('198.51.100.7');
    expect(
      clientAddress(new Request(BASE, { headers: { 'X-Forwarded-For': 'evil<script>' } }), true, '192.0.2.1'),
    ).toBe('192.0.2.1');
    expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseAddress('::1')).toBe('::1');
    expect(normaliseAddress('nonsense')).toBeUndefined();
  });

  it('sends an already signed-in visitor of /sign-in home', async () => {
    const { cookie, csrf } = await visit();
    const signedInCookie = cookieFrom(
      setCookieOf(
        await settle(() => auth.signInAction(form({ username: 'i', password: 'p', [CSRF_FIELD]: csrf }, cookie))),
      ),
    );
    const res = await settle(() =>
      auth.signInLoader(new Request(`${BASE}/sign-in`, { headers: { Cookie: signedInCookie } })),
    );
    expect((res as Response).headers.get('Location')).toBe('/');
  });
});

async function signedInCookie(): Promise<{ cookie: string; csrf: string }> {
  const { cookie, csrf } = await visit();
  const res = await settle(() =>
    auth.signInAction(form({ username: 'iris', password: 'pw', [CSRF_FIELD]: csrf }, cookie)),
  );
  const newCookie = cookieFrom(setCookieOf(res));
  const s = await auth.requireUser(new Request(`${BASE}/`, { headers: { Cookie: newCookie } }));
  return { cookie: newCookie, csrf: s.csrfToken };
}

describe('one session read per page view', () => {
  it('reads the session once for the layout and the page on the same GET, and again for another request', async () => {
    const { cookie } = await signedInCookie();
    const reads: string[] = [];
    const counted = new Proxy(pool, {
      get(target, key, receiver) {
        if (key !== 'query') return Reflect.get(target, key, receiver);
        return (text: string, ...rest: unknown[]) => {
          if (/^SELECT data\b[^;]* FROM portal\.sessions/.test(text)) reads.push(text);
          return (target.query as (...a: unknown[]) => unknown)(text, ...rest);
        };
      },
    });
    const once = createAuth({
      sessions: createPortalSessions({ pool: counted, secrets: [SECRET], cookieSecure: 'auto' }),
      gateway,
      trustProxy: false,
    });
    const page = new Request(`${BASE}/caseload`, { headers: { Cookie: cookie } });
    const [layout, signedIn] = await Promise.all([once.peek(page), once.requireUser(page)]);
    expect(layout.user?.personId).toBe('p-1');
    expect(signedIn.user.personId).toBe('p-1');
    expect(reads).toHaveLength(1);

    // A second page view is a new Request: it reads afresh (a session ended meanwhile is seen at once).
    await once.requireUser(new Request(`${BASE}/caseload`, { headers: { Cookie: cookie } }));
    expect(reads).toHaveLength(2);
    // A form post never reuses a read: its action may change the session before the loaders run.
    const post = new Request(`${BASE}/caseload`, { method: 'POST', headers: { Cookie: cookie } });
    await once.peek(post);
    await once.peek(post);
    expect(reads).toHaveLength(4);
  });
});

describe('the idle window on page views', () => {
  it('writes the session on a page view only when a minute has passed since the last write, and ends it idle', async () => {
    let t = Date.UTC(2025, 0, 6, 9);
    const writes: string[] = [];
    const counted = new Proxy(pool, {
      get(target, key, receiver) {
        if (key !== 'query') return Reflect.get(target, key, receiver);
        return (text: string, ...rest: unknown[]) => {
          if (/^\s*(UPDATE|INSERT INTO) portal\.sessions/.test(text)) writes.push(text);
          return (target.query as (...a: unknown[]) => unknown)(text, ...rest);
        };
      },
    });
    const clocked = createAuth({
      sessions: createPortalSessions({ pool: counted, secrets: [SECRET], cookieSecure: 'false', now: () => t }),
      gateway,
      trustProxy: false,
      now: () => t,
    });
    gateway.tokenAnswer = { kind: 'ok', accessToken: 'tok-day', expiresIn: 8 * 3600 };
    const visitRes = (await clocked.signInLoader(new Request(`${BASE}/sign-in`))) as unknown as DataResult;
    const res = await settle(() =>
      clocked.signInAction(
        form(
          { username: 'iris', password: 'pw', [CSRF_FIELD]: visitRes.data.csrfToken },
          cookieFrom(setCookieOf(visitRes)),
        ),
      ),
    );
    const cookie = cookieFrom(setCookieOf(res));
    const view = () => clocked.requireUser(new Request(`${BASE}/caseload`, { headers: { Cookie: cookie } }));
    writes.length = 0;

    t += TOUCH_INTERVAL_MS - 1;
    await view();
    expect(writes).toHaveLength(0);
    t += 1;
    const due = await view();
    expect(writes).toHaveLength(1);
    expect(writes[0]).not.toMatch(/SET data/); // only the expiry moves: nothing is re-sealed
    expect(due.headers.getSetCookie()).toEqual([]);
    await view();
    expect(writes).toHaveLength(1);

    // Idle for 30 minutes after the last page view: signed out, however recent the last skipped write was.
    t += IDLE_TIMEOUT_MS;
    expect(statusOf(await settle(view))).toBe(302);
  });
});

const idHashOf = async (cookie: string) => {
  const sessions = createPortalSessions({ pool, secrets: [SECRET], cookieSecure: 'false' });
  const s = await sessions.storageFor(new Request(BASE)).getSession(cookie);
  return s.id ? createHash('sha256').update(s.id).digest() : null;
};

describe('sign-out', () => {
  const signOut = (fields: Record<string, string>, cookie: string) =>
    new Request(`${BASE}/sign-out`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams(fields),
    });

  it('refuses a bad CSRF token with 403 and leaves the session alone', async () => {
    const { cookie, csrf } = await signedInCookie();
    for (const fields of [{}, { [CSRF_FIELD]: 'nope' }, { [CSRF_FIELD]: csrf.slice(1) }] as Array<
      Record<string, string>
    >) {
      const res = await settle(() => auth.signOutAction(signOut(fields, cookie)));
      expect(statusOf(res)).toBe(403);
    }
    await expect(auth.requireUser(new Request(`${BASE}/`, { headers: { Cookie: cookie } }))).resolves.toBeTruthy();
  });

  it('destroys the session row and clears the cookie', async () => {
    const { cookie, csrf } = await signedInCookie();
    const hash = await idHashOf(cookie);
    const res = (await settle(() => auth.signOutAction(signOut({ [CSRF_FIELD]: csrf }, cookie)))) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/sign-in');
    expect(res.headers.getSetCookie()[0]).toMatch(/^lac_session=; .*Expires=Thu, 01 Jan 1970/);
    const { rows } = await pool.query('SELECT 1 FROM portal.sessions WHERE id_hash = $1', [hash]);
    expect(rows).toHaveLength(0);
  });
});

describe('calling the gateway for a page', () => {
  it('sends a visitor without a session to sign-in', async () => {
    const res = await settle(() => auth.requireUser(new Request(`${BASE}/children`)));
    expect(statusOf(res)).toBe(302);
    expect((res as Response).headers.get('Location')).toBe('/sign-in');
  });

  it('ends the session and redirects to sign-in when the gateway says 401', async () => {
    const { cookie } = await signedInCookie();
    const hash = await idHashOf(cookie);
    const request = new Request(`${BASE}/children`, { headers: { Cookie: cookie } });
    const signedIn = await auth.requireUser(request);
    gateway.queryFailure = new GatewayUnauthenticated();
    const res = (await settle(() => auth.query(request, signedIn, CHILDREN_COUNT))) as Response;
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/sign-in');
    expect(res.headers.getSetCookie()[0]).toMatch(/Expires=Thu, 01 Jan 1970/);
    const { rows } = await pool.query('SELECT 1 FROM portal.sessions WHERE id_hash = $1', [hash]);
    expect(rows).toHaveLength(0);
  });

  it('turns gateway failures into a 502 for the error page, without details', async () => {
    const { cookie } = await signedInCookie();
    const request = new Request(`${BASE}/children`, { headers: { Cookie: cookie } });
    const signedIn = await auth.requireUser(request);
    gateway.queryFailure = new GatewayError('boom at http://internal-subgraph:4001', [
      { message: 'SQL: select * from secret' },
    ]);
    const res = (await settle(() => auth.query(request, signedIn, CHILDREN_COUNT))) as DataResult;
    expect(statusOf(res)).toBe(502);
    expect(JSON.stringify(res.data)).not.toMatch(/internal-subgraph|SQL/);
  });
});
