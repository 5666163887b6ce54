import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphFetcher } from './subgraph-fetcher';

// A real HTTP server in the subgraph's place: the client is what is under test (its pool, its budget), and what a
// stopped or slow subgraph does to the answer is tested end to end in test/federation/partial-data.test.ts.
const BUDGET_MS = 300;
let server: http.Server;
let base: string;
const sockets = new Set<Socket>();
const connections: Socket[] = [];
const seen: Array<{ method?: string; authorization?: string; body: string }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    connections.push(req.socket);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, authorization: req.headers.authorization, body });
      if (req.url === '/stall') return; // never answers
      if (req.url === '/half') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
        res.write('{"data":'); // the rest never comes
        return;
      }
      if (req.url === '/down') {
        res.writeHead(503, { 'Content-Type': 'text/plain' });
        return void res.end('down');
      }
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private' });
      res.end(JSON.stringify({ data: { echo: body } }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function withFetcher<T>(run: (fetcher: ReturnType<typeof subgraphFetcher>) => Promise<T>): Promise<T> {
  const agent = new Agent({ keepAliveTimeout: 4_000 });
  try {
    return await run(subgraphFetcher(agent, BUDGET_MS));
  } finally {
    await agent.close();
  }
}

const post = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer t1' },
  body,
});

describe('subgraphFetcher', () => {
  it('sends the method, headers and body, and reads status, headers (any case) and JSON', async () => {
    await withFetcher(async (fetcher) => {
      const res = await fetcher(`${base}/graphql`, post('{"query":"{ a }"}'));
      expect(res.status).toBe(200);
      expect(res.ok).toBe(true);
      expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('private');
      expect(await res.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
      expect(seen.at(-1)).toMatchObject({ method: 'POST', authorization: 'Bearer t1' });
    });
  });

  it('keeps the connection open between fetches instead of a new one each time', async () => {
    await withFetcher(async (fetcher) => {
      const before = connections.length;
      for (let i = 0; i < 10; i += 1) await (await fetcher(`${base}/graphql`, post(String(i)))).json();
      // undici may open a second socket when the next fetch is sent before the first is marked free again
      expect(new Set(connections.slice(before)).size).toBeLessThanOrEqual(2);
    });
  });

  it('a non-2xx answer is not ok and keeps its status for the error Apollo Gateway makes of it', async () => {
    await withFetcher(async (fetcher) => {
      const res = await fetcher(`${base}/down`, post('{}'));
      expect([res.ok, res.status, res.statusText, await res.text()]).toEqual([
        false,
        503,
        'Service Unavailable',
        'down',
      ]);
    });
  });

  it('a subgraph that never answers fails the fetch within the budget, as a timeout', async () => {
    await withFetcher(async (fetcher) => {
      const started = Date.now();
      await expect(fetcher(`${base}/stall`, post('{}'))).rejects.toMatchObject({ name: 'TimeoutError' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(BUDGET_MS - 5);
      expect(Date.now() - started).toBeLessThan(BUDGET_MS + 400);
    });
  });

  it('an answer whose body stops halfway fails within the same budget, not after a second one', async () => {
    await withFetcher(async (fetcher) => {
      const started = Date.now();
      await expect(fetcher(`${base}/half`, post('{}'))).rejects.toMatchObject({ name: 'TimeoutError' });
      expect(Date.now() - started).toBeLessThan(BUDGET_MS + 400);
    });
  });

  it('a refused connection fails at once', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await withFetcher(async (fetcher) => {
      const started = Date.now();
      await expect(fetcher(`http://127.0.0.1:${port}/graphql`, post('{}'))).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(BUDGET_MS);
    });
  });
});
