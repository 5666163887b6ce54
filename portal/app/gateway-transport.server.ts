import http from 'node:http';
import https from 'node:https';

/** What the gateway client needs of an HTTP exchange: a JSON POST out, the status and the body text back. */
export interface GatewayAnswer {
  status: number;
  text: string;
}
export type GatewayTransport = (path: string, body: string, headers: Record<string, string>) => Promise<GatewayAnswer>;

/** The answer is cut off past this size: no page's query comes near it, and a runaway body must not fill memory. */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/**
 * POSTs to the gateway over `node:http(s)` with one keep-alive agent per client. Node's `fetch` built a `Request`,
 * a web stream and an `AbortSignal` per call and parsed the body through them: about a tenth of the portal's CPU
 * per page view (docs/benchmarks.md). Idle sockets are closed after 30 s, well before the gateway's own keep-alive
 * timeout (65 s), so a request never goes out on a socket the gateway is closing. The timeout is one plain timer for
 * the whole exchange; redirects are not followed (an answer like any other, which the client refuses).
 */
export function httpTransport(baseUrl: string, timeoutMs: number): GatewayTransport {
  const base = new URL(baseUrl);
  const secure = base.protocol === 'https:';
  const lib = secure ? https : http;
  const agent = new lib.Agent({ keepAlive: true, timeout: 30_000 });
  const prefix = base.pathname.replace(/\/+$/, '');

  return (path, body, headers) =>
    new Promise<GatewayAnswer>((resolve, reject) => {
      const payload = Buffer.from(body, 'utf8');
      const req = lib.request({
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port || undefined,
        path: `${prefix}${path}`,
        method: 'POST',
        agent,
        headers: { ...headers, 'Content-Length': String(payload.length) },
      });
      const timer = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      req.on('error', fail);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            req.destroy(new Error('answer too large'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.end(payload);
    });
}

/** A transport over a `fetch` function: for tests that answer from a function rather than a server. */
export function fetchTransport(baseUrl: string, timeoutMs: number, doFetch: typeof fetch): GatewayTransport {
  const base = baseUrl.replace(/\/+$/, '');
  return async (path, body, headers) => {
    const res = await doFetch(`${base}${path}`, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    return { status: res.status, text: await res.text() };
  };
}
