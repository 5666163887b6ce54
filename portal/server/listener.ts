import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, sendResponse, toRequest } from './fetch-bridge.js';
import type { RequestLog } from './request-log.js';
import type { StaticFiles } from './static-files.js';

export interface ListenerOptions {
  /** The app: React Router's request handler over the server build. */
  handle: (request: Request) => Promise<Response>;
  statics: StaticFiles;
  log?: RequestLog;
}

const plain = (res: ServerResponse, status: number, text: string) => {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
};

/**
 * The portal's HTTP request listener: a built client file from memory, or else the app. What react-router-serve
 * did, without express's per-request middleware (compression, a stat of build/client for every page, morgan).
 * Pages are not compressed here: each carries the session's CSRF token next to text taken from the address, which
 * HTTP compression would expose to a BREACH-style guess over TLS, and on the local network it costs more CPU than it
 * saves. The static files, which hold no secret, are sent brotli- or gzip-compressed when the browser asks.
 */
export function createListener({ handle, statics, log }: ListenerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    if (log) {
      res.once('finish', () => {
        const length = res.getHeader('Content-Length');
        log.line(
          req.method ?? '-',
          pathname,
          res.statusCode,
          length === undefined ? undefined : Number(length),
          performance.now() - started,
        );
      });
    }
    if (statics.serve(req, res, pathname)) return;
    void (async () => {
      let request: Request;
      try {
        request = await toRequest(req, res);
      } catch (error) {
        if (error instanceof BodyTooLarge) plain(res, 413, 'Payload Too Large');
        else plain(res, 400, 'Bad Request');
        return;
      }
      try {
        await sendResponse(res, await handle(request), req.method);
      } catch (error) {
        console.error(
          'portal: unhandled server error',
          error instanceof Error ? (error.stack ?? error.message) : error,
        );
        plain(res, 500, 'Internal Server Error');
      }
    })();
  };
}
