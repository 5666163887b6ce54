import { EventEmitter } from 'node:events';
import { STATUS_CODES } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Dispatcher } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];
type IncomingHeaders = Dispatcher.ResponseData['headers'];

/** The few response headers Apollo Gateway reads (content-type, cache-control), looked up case-insensitively. */
class ResponseHeaders implements FetcherHeaders {
  private readonly map: Map<string, string>;

  constructor(raw: IncomingHeaders) {
    this.map = new Map();
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  append(name: string, value: string): void {
    const existing = this.map.get(name.toLowerCase());
    this.map.set(name.toLowerCase(), existing === undefined ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A response whose body has already been read in full (inside the budget), so reading it again cannot stall. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly ok: boolean;
  readonly statusText: string;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: ResponseHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body;
  }
  async json(): Promise<unknown> {
    this.bodyUsed = true;
    return JSON.parse(this.body) as unknown;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.body, 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.headers, this.body);
  }
}

/** The budget ran out before the subgraph's answer was complete. */
export class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * The gateway's HTTP client for subgraph fetches: undici's `request` over a keep-alive pool (the dispatcher), in
 * place of the built-in `fetch`, whose WHATWG streams, Request/Response objects and per-call abort signals were
 * the largest single cost of the gateway's CPU on the caseload (docs/benchmarks.md).
 *
 * The budget is unchanged: the whole exchange (connection, headers and body) finishes within `timeoutMs` or the
 * fetch fails, and SignedDataSource gives up only that subgraph's part. It is one plain timer that aborts through
 * an EventEmitter (undici accepts one as the signal), not an `AbortSignal.timeout` per fetch, which measured alone
 * at about as much CPU as the rest of the exchange; undici's own headers timeout is too coarse (about a second) for
 * a budget of a few hundred milliseconds. The body is read here, inside the budget, so parsing it cannot wait.
 */
export function subgraphFetcher(dispatcher: Dispatcher, timeoutMs: number): Fetcher {
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let found = targets.get(url);
    if (!found) {
      const parsed = new URL(url);
      found = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, found);
    }
    return found;
  };
  return async (url, init) => {
    const { origin, path } = target(url);
    // undici reads `reason` from the signal when it aborts, so the failure is named as a timeout in the log.
    const signal = Object.assign(new EventEmitter(), { reason: undefined as Error | undefined });
    const timer = setTimeout(() => {
      signal.reason = new SubgraphTimeoutError(`No complete answer within ${timeoutMs} ms`);
      signal.emit('abort');
    }, timeoutMs);
    try {
      const response = await dispatcher.request({
        origin,
        path,
        method: init?.method ?? 'GET',
        headers: init?.headers,
        body: init?.body,
        signal,
      });
      const body = await response.body.text();
      return new BufferedResponse(url, response.statusCode, new ResponseHeaders(response.headers), body);
    } finally {
      clearTimeout(timer);
    }
  };
}
