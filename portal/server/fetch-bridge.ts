import type { IncomingMessage, ServerResponse } from 'node:http';

// Between Node's HTTP server and the app's Fetch handler (React Router's `createRequestHandler`): the Request in,
// the Response out. Every page is rendered whole before it is sent (app/entry.server.tsx) and every form is small,
// so both bodies are whole buffers: no web streams piped through per request.

/** A form post larger than this is refused (413) before the app sees it; the portal's largest form is far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor() {
    super('Request body too large');
    this.name = 'BodyTooLarge';
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The Fetch Request for an incoming one: http://<Host><url> (the server speaks plain HTTP; a proxy's
 * X-Forwarded-Proto is read by the app itself), every header as sent, the body read whole, and a signal that aborts
 * when the client goes away before the answer is sent. Throws on a Host or URL no URL can be made of.
 */
export async function toRequest(req: IncomingMessage, res: ServerResponse): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  // A Buffer is a Uint8Array over an ArrayBuffer here (Buffer.concat), which Request takes as it is.
  return new Request(url, {
    method,
    headers,
    body: body as Uint8Array<ArrayBuffer> | undefined,
    signal: controller.signal,
  });
}

/** Writes the app's Response: status, headers (each Set-Cookie on its own), and the body in one write. */
export async function sendResponse(res: ServerResponse, response: Response, method: string | undefined) {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  const cookies = response.headers.getSetCookie();
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  const body = response.body && method !== 'HEAD' ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) res.setHeader('Content-Length', body.length);
  res.end(body);
}
