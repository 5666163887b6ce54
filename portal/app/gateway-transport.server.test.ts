import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError, createGatewayClient } from './gateway.server';
import { graphql } from './graphql/generated';
import { httpTransport } from './gateway-transport.server';

// The gateway client's own transport against a real HTTP server on loopback (no fetch stand-in).

const ME_ID = graphql(`
  query GatewayTransportTestMe {
    me {
      id
    }
  }
`);

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  socket: unknown;
}
const seen: Seen[] = [];
let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end('{}');
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body, socket: req.socket });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the gateway transport over node:http', () => {
  it('POSTs the JSON with its headers and reuses one kept-alive connection', async () => {
    answer = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ data: { me: { id: 'p-1' } } }));
    };
    seen.length = 0;
    const client = createGatewayClient({ baseUrl: base });
    await expect(client.query('tok', ME_ID)).resolves.toEqual({ data: { me: { id: 'p-1' } }, errors: [] });
    await expect(client.query('tok', ME_ID)).resolves.toEqual({ data: { me: { id: 'p-1' } }, errors: [] });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/graphql' });
    expect(seen[0].headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Bearer tok',
      'content-length': String(Buffer.byteLength(seen[0].body)),
    });
    expect(JSON.parse(seen[0].body)).toMatchObject({ variables: {} });
    expect(seen[1].socket).toBe(seen[0].socket);
  });

  it('keeps a path under the base URL and sends text beyond ASCII intact', async () => {
    answer = (_req, res) => res.end(JSON.stringify({ ok: 'café' }));
    seen.length = 0;
    const send = httpTransport(`${base}gw/`, 1_000);
    await expect(send('/auth/token', '{"name":"Zoë"}', {})).resolves.toEqual({ status: 200, text: '{"ok":"café"}' });
    expect(seen[0]).toMatchObject({ url: '/gw/auth/token', body: '{"name":"Zoë"}' });
  });

  it('gives up after its timeout, and does not follow a redirect', async () => {
    answer = () => undefined; // never answers
    const slow = createGatewayClient({ baseUrl: base, timeoutMs: 200 });
    const started = Date.now();
    await expect(slow.query('tok', ME_ID)).rejects.toBeInstanceOf(GatewayError);
    expect(Date.now() - started).toBeLessThan(2_000);

    answer = (_req, res) => {
      res.writeHead(302, { Location: 'http://example.invalid/' });
      res.end();
    };
    await expect(
      createGatewayClient({ baseUrl: base }).requestToken({ username: 'u', password: 'p' }),
    ).rejects.toBeInstanceOf(GatewayError);
  });

  it('turns an unreachable gateway into a GatewayError', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      createGatewayClient({ baseUrl: `http://127.0.0.1:${port}` }).query('tok', ME_ID),
    ).rejects.toBeInstanceOf(GatewayError);
  });
});
