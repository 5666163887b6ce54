import { describe, expect, it } from 'vitest';
import { GatewayError, GatewayUnauthenticated, createGatewayClient, operationText } from './gateway.server';
import { graphql } from './graphql/generated';

const CHILD_ID = graphql(`
  query GatewayTestChild($id: ID!) {
    child(id: $id) {
      id
    }
  }
`);
const ME_ID = graphql(`
  query GatewayTestMe {
    me {
      id
    }
  }
`);

function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
  return { fn, calls };
}

describe('gateway client: POST /auth/token', () => {
  it('sends JSON credentials and the browser address, and reads the token', async () => {
    const f = fakeFetch(200, { access_token: 'abc', token_type: 'Bearer', expires_in: 900 });
    const client = createGatewayClient({ baseUrl: 'http://gw:4000/', fetch: f.fn });
    await expect(client.requestToken({ username: 'u', password: 'p', clientAddress: '198.51.100.7' })).resolves.toEqual(
      {
        kind: 'ok',
        accessToken: 'abc',
        expiresIn: 900,
      },
    );
    expect(f.calls[0].url).toBe('http://gw:4000/auth/token');
    const headers = new Headers(f.calls[0].init.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('X-Forwarded-For')).toBe('198.51.100.7');
    expect(JSON.parse(f.calls[0].init.body as string)).toEqual({ username: 'u', password: 'p' });
  });

  it('maps 401, 429 and 400, and rejects anything else', async () => {
    const answer = async (status: number, body: unknown) =>
      createGatewayClient({ baseUrl: 'http://gw', fetch: fakeFetch(status, body).fn }).requestToken({
        username: 'u',
        password: 'p',
      });
    await expect(answer(401, { error: 'invalid_grant' })).resolves.toEqual({ kind: 'invalid' });
    await expect(answer(429, { error: 'too_many_attempts' })).resolves.toEqual({ kind: 'throttled' });
    await expect(answer(400, { error: 'invalid_request' })).resolves.toEqual({ kind: 'bad_request' });
    await expect(answer(500, 'oops')).rejects.toBeInstanceOf(GatewayError);
    await expect(answer(200, { token_type: 'Bearer' })).rejects.toBeInstanceOf(GatewayError);
    await expect(answer(200, { access_token: 'a', token_type: 'MAC', expires_in: 5 })).rejects.toBeInstanceOf(
      GatewayError,
    );
  });

  it('turns a network failure into a GatewayError', async () => {
    const client = createGatewayClient({
      baseUrl: 'http://gw',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(client.requestToken({ username: 'u', password: 'p' })).rejects.toBeInstanceOf(GatewayError);
  });
});

describe('gateway client: POST /graphql', () => {
  it('sends the bearer token and returns data with any partial errors', async () => {
    const f = fakeFetch(200, {
      data: { child: { id: 'c1', currentPlacement: null } },
      errors: [{ message: 'x', path: ['child', 'currentPlacement'] }],
    });
    const client = createGatewayClient({ baseUrl: 'http://gw', fetch: f.fn });
    const result = await client.query('tok', CHILD_ID, { id: 'c1' });
    expect(result.data.child).toEqual({ id: 'c1', currentPlacement: null });
    expect(result.errors).toHaveLength(1);
    expect(f.calls[0].url).toBe('http://gw/graphql');
    expect(new Headers(f.calls[0].init.headers).get('Authorization')).toBe('Bearer tok');
    const body = JSON.parse(f.calls[0].init.body as string);
    expect(body).toEqual({ query: operationText(CHILD_ID), variables: { id: 'c1' } });
    // The operation goes as GraphQL text, printed from the generated document.
    expect(body.query).toMatch(/^query GatewayTestChild\(\$id: ID!\) \{\s*child\(id: \$id\) \{\s*id\s*\}\s*\}$/);
  });

  it('reports 401 and UNAUTHENTICATED as an ended session', async () => {
    const a = createGatewayClient({ baseUrl: 'http://gw', fetch: fakeFetch(401, { errors: [{ message: 'no' }] }).fn });
    await expect(a.query('t', ME_ID)).rejects.toBeInstanceOf(GatewayUnauthenticated);
    const b = createGatewayClient({
      baseUrl: 'http://gw',
      fetch: fakeFetch(200, { data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }).fn,
    });
    await expect(b.query('t', ME_ID)).rejects.toBeInstanceOf(GatewayUnauthenticated);
  });

  it('reports errors without data, and non-JSON answers, as GatewayError', async () => {
    const a = createGatewayClient({
      baseUrl: 'http://gw',
      fetch: fakeFetch(200, { errors: [{ message: 'bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }).fn,
    });
    await expect(a.query('t', ME_ID)).rejects.toBeInstanceOf(GatewayError);
    const b = createGatewayClient({ baseUrl: 'http://gw', fetch: fakeFetch(502, '<html>bad gateway</html>').fn });
    await expect(b.query('t', ME_ID)).rejects.toBeInstanceOf(GatewayError);
  });
});
