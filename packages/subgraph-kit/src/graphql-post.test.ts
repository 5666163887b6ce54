import type { IncomingMessage } from 'node:http';
import { generateSigningKeys, importSigningKey, signInternalToken } from '@lac/access';
import { createTestDatabase } from '@lac/testing';
import { Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BODY_LIMIT_BYTES, isPlainGraphqlPost } from './graphql-post';
import { type RunningSubgraph, startSubgraph } from './server';

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

const request = (method: string, url: string, headers: Record<string, string>) =>
  ({ method, url, headers }) as unknown as IncomingMessage;

describe('which requests take the direct path', () => {
  const json = { 'content-type': 'application/json', 'content-length': '20' };
  it('takes the gateway’s fetch: POST /graphql, JSON in UTF-8, a length that fits', () => {
    expect(isPlainGraphqlPost(request('POST', '/graphql', json))).toBe(true);
    expect(
      isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-type': 'Application/JSON; charset=UTF-8' })),
    ).toBe(true);
  });
  it('leaves everything else to express', () => {
    for (const [method, url, headers] of [
      ['GET', '/graphql', json],
      ['POST', '/graphql/', json],
      ['POST', '/graphql?x=1', json],
      ['POST', '/health', json],
      ['POST', '/graphql', { ...json, 'content-type': 'text/plain' }],
      ['POST', '/graphql', { ...json, 'content-type': 'application/json; charset=latin1' }],
      ['POST', '/graphql', { ...json, 'content-encoding': 'gzip' }],
      ['POST', '/graphql', { 'content-type': 'application/json' }],
      ['POST', '/graphql', { ...json, 'content-length': '0' }],
      ['POST', '/graphql', { ...json, 'content-length': String(BODY_LIMIT_BYTES + 1) }],
    ] as const) {
      expect(isPlainGraphqlPost(request(method, url, headers)), `${method} ${url} ${JSON.stringify(headers)}`).toBe(
        false,
      );
    }
  });
});

describe('a subgraph’s POST /graphql, direct or through express', () => {
  let running: RunningSubgraph;
  let token: string;
  let otherAudience: string;
  beforeAll(async () => {
    const keys = await generateSigningKeys();
    running = await startSubgraph({
      name: 'kit-post',
      schema: 'kit_post',
      entities: [],
      migrations: [],
      resolvers: [PingResolver],
      databaseUrl: await createTestDatabase(inject('databaseUrl'), 'kit_post'),
      gatewayPublicKey: JSON.stringify(keys.publicJwk),
    });
    const key = await importSigningKey(keys.privateJwk);
    const actor = { personId: '00000000-0000-4000-8000-000000000002', role: 'iro' as const, localAuthorityId: null };
    token = await signInternalToken(key, { ...actor, relationships: [] }, 'kit-post');
    otherAudience = await signInternalToken(key, { ...actor, relationships: [] }, 'care-planning');
  });
  afterAll(async () => {
    await running?.stop();
  });

  // The first content type takes the direct path; the second (a parameter besides the charset) goes through
  // express and body-parser, as every request did before.
  const DIRECT = 'application/json';
  const EXPRESS = 'application/json; charset=utf-8; profile=x';
  const post = (contentType: string, body: string, authorization?: string) =>
    fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(authorization ? { authorization } : {}) },
      body,
    });

  it('answers the same on both paths, and counts each request once', async () => {
    const answers = [];
    for (const type of [DIRECT, EXPRESS]) {
      const before = running.requests.count;
      const res = await post(type, JSON.stringify({ query: '{ ping }' }), `Bearer ${token}`);
      answers.push({
        status: res.status,
        type: res.headers.get('content-type'),
        body: await res.text(),
        counted: running.requests.count - before,
      });
    }
    expect(answers[0]).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: '{"data":{"ping":"pong"}}\n',
      counted: 1,
    });
    expect(answers[1]).toEqual(answers[0]);
  });

  it('refuses a missing token, another subgraph’s token and a forged one with 401 on both paths, before reading', async () => {
    for (const type of [DIRECT, EXPRESS]) {
      for (const authorization of [undefined, `Bearer ${otherAudience}`, `Bearer ${token.slice(0, -2)}xx`, token]) {
        const before = running.requests.count;
        const res = await post(type, JSON.stringify({ query: '{ ping }' }), authorization);
        expect(res.status, `${type} ${authorization?.slice(0, 12)}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        expect(await res.json()).toEqual({
          errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        expect(running.requests.count).toBe(before);
      }
    }
  });

  it('refuses malformed JSON with 400 on both paths, running nothing', async () => {
    for (const type of [DIRECT, EXPRESS]) {
      for (const body of ['{"query": "{ ping }"', '"{ ping }"']) {
        const before = running.requests.count;
        const res = await post(type, body, `Bearer ${token}`);
        expect(res.status, `${type} ${body}`).toBe(400);
        expect(running.requests.count).toBe(before);
      }
    }
  });

  it('leaves a body over the limit to express: 413', async () => {
    const body = JSON.stringify({ query: '{ ping }', variables: { pad: 'x'.repeat(BODY_LIMIT_BYTES) } });
    const res = await post(DIRECT, body, `Bearer ${token}`);
    expect(res.status).toBe(413);
  });

  it('keeps Apollo’s own refusals: a query that is not valid is a 400 with its errors', async () => {
    const res = await post(DIRECT, JSON.stringify({ query: '{ nope }' }), `Bearer ${token}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
