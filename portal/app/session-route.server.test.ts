import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestDatabase } from '@lac/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAuth } from './auth.server';
import { CSRF_FIELD } from './csrf.server';
import { migrate } from './db.server';
import type { GatewayClient, VariablesOf } from './gateway.server';
import { graphql } from './graphql/generated';
import { withSession } from './session-route.server';
import { createPortalSessions } from './session.server';

// The one way routes answer "not found": an unknown child and one the graph will not show (null) must give the
// same 404, each carrying the session's headers, and a bad route id must not reach the gateway at all.

const BASE = 'http://localhost:3000';
const CHILD = graphql(`
  query SessionRouteTestChild($id: ID!) {
    child(id: $id) {
      id
      givenName
    }
  }
`);

/** A gateway that signs in anyone and knows one child, c-1; it records every GraphQL request. */
class OneChildGateway implements GatewayClient {
  asked: unknown[] = [];
  async requestToken() {
    return { kind: 'ok' as const, accessToken: 'tok', expiresIn: 3600 };
  }
  async query<T, V>(_token: string, _document: TypedDocumentNode<T, V>, ...[variables]: VariablesOf<V>) {
    this.asked.push(variables);
    const id = (variables as { id?: string } | undefined)?.id;
    if (id === undefined)
      return { data: { me: { id: 'p-1', displayName: 'Iris Reviewer', role: 'IRO' } } as T, errors: [] };
    return { data: { child: id === 'c-1' ? { id: 'c-1', givenName: 'Ada' } : null } as T, errors: [] };
  }
  async mutate<T, V>(token: string, document: TypedDocumentNode<T, V>, ...variables: VariablesOf<V>) {
    return this.query(token, document, ...variables);
  }
}

let pool: pg.Pool;
let gateway: OneChildGateway;
let auth: ReturnType<typeof createAuth>;
let cookie: string;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase(inject('databaseUrl'), 'portal_session_route') });
  await migrate(pool);
  gateway = new OneChildGateway();
  auth = createAuth({
    sessions: createPortalSessions({ pool, secrets: ['x'.repeat(40)], cookieSecure: 'auto' }),
    gateway,
    trustProxy: false,
  });
  const visit = (await auth.signInLoader(new Request(`${BASE}/sign-in`))) as unknown as {
    data: { csrfToken: string };
    init: { headers: Headers };
  };
  const anonymous = new Headers(visit.init.headers)
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const signIn = await auth
    .signInAction(
      new Request(`${BASE}/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: anonymous },
        body: new URLSearchParams({ username: 'iris', password: 'pw', [CSRF_FIELD]: visit.data.csrfToken }),
      }),
    )
    .catch((thrown: unknown) => thrown);
  cookie = (signIn as Response).headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
});
afterAll(async () => {
  await pool?.end();
});

type Answer = { data: unknown; init: { status?: number; statusText?: string; headers: Headers } };
const page = () => new Request(`${BASE}/children/x`, { headers: { Cookie: cookie } });
async function thrown(fn: () => Promise<unknown>): Promise<Answer> {
  try {
    await fn();
  } catch (answer) {
    return answer as Answer;
  }
  throw new Error('expected the route to throw an answer');
}
const shape = (a: Answer) => ({
  data: a.data,
  status: a.init.status,
  statusText: a.init.statusText,
  carried: a.init.headers.get('X-Session-Test'),
});
/** Marks the session's headers, so a test sees that an answer carries them (whatever they hold). */
const marked = async () => {
  const session = await withSession(page(), auth);
  session.headers.set('X-Session-Test', 'carried');
  return session;
};

describe('withSession: one way to answer not found and carry the session', () => {
  it("returns the child and replies with the session's headers, which send no cookie for a page view", async () => {
    const plain = await withSession(page(), auth);
    expect(plain.headers.getSetCookie()).toEqual([]);
    const session = await marked();
    const { child } = await session.child(CHILD, { id: 'c-1' });
    expect(child).toEqual({ id: 'c-1', givenName: 'Ada' });
    const reply = session.reply({ name: child.givenName }) as unknown as Answer;
    expect(reply.data).toEqual({ name: 'Ada' });
    expect(reply.init.headers.get('X-Session-Test')).toBe('carried');
  });

  it('answers a child the graph returns as null exactly like a bad route id, without asking about the bad id', async () => {
    const session = await marked();
    const before = gateway.asked.length;
    const badId = await thrown(async () => session.routeIds('c-1', '../etc'));
    expect(gateway.asked.length).toBe(before);
    const hidden = await thrown(() => session.child(CHILD, { id: 'c-2' }));
    expect(shape(hidden)).toEqual({ data: null, status: 404, statusText: 'Not Found', carried: 'carried' });
    expect(shape(badId)).toEqual(shape(hidden));
    expect(shape(session.notFound() as unknown as Answer)).toEqual(shape(hidden));
  });

  it('checks every id of the route', async () => {
    const session = await withSession(page(), auth);
    expect(session.routeIds('c-1', 'r-2')).toEqual(['c-1', 'r-2']);
    for (const ids of [[undefined], ['c-1', ''], ['a'.repeat(101)], ['c 1']]) {
      expect((await thrown(async () => session.routeIds(...ids))).init.status).toBe(404);
    }
  });
});
