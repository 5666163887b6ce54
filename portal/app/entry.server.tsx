import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import {
  ServerRouter,
  type EntryContext,
  type HandleDataRequestFunction,
  type HandleErrorFunction,
} from 'react-router';
import { NonceContext } from './nonce';
import { applySecurityHeaders, newNonce } from './security-headers.server';
import { services } from './services.server';

export const streamTimeout = 5_000;
const dev = process.env.NODE_ENV !== 'production';

if (!dev) {
  // Fail fast at start: bad configuration or a failed migration stops the process instead of serving 500s.
  services().ready.catch((error: unknown) => {
    console.error('portal: cannot open the session store:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

const isSecure = (request: Request) => services().sessions.isSecure(request);

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const nonce = newNonce();
  applySecurityHeaders(responseHeaders, { nonce, secure: isSecure(request), dev });
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        // No streamed (deferred) data here: send whole documents.
        onAllReady() {
          shellRendered = true;
          // The whole document is ready (no deferred data), so it is sent as one buffer: piped through a web stream
          // it went out in dozens of small socket writes, a measurable share of the portal's CPU per page.
          const chunks: Buffer[] = [];
          const body = new Writable({
            write(chunk: Buffer, _encoding, callback) {
              chunks.push(chunk);
              callback();
            },
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
              resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
              callback();
            },
          });
          body.on('error', reject);
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}

export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  applySecurityHeaders(response.headers, { secure: isSecure(request), dev });
  return response;
};

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  // Logged on the server only; the browser gets the GOV.UK error page without details.
  console.error('portal: unhandled error', error instanceof Error ? (error.stack ?? error.message) : error);
};
