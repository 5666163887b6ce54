import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

// The built client files (build/client), served from memory. The set is read once at start: a request names a file
// only by matching one of those paths exactly, so nothing a client sends reaches the file system (no stat per page
// view, as express.static did, and no way to walk out of the folder with `..` or encoded slashes).

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
/** Worth compressing: text. Fonts and images are compressed formats already. */
const COMPRESSIBLE = new Set(['.css', '.js', '.mjs', '.json', '.map', '.svg', '.txt', '.webmanifest', '.ico']);

/** Files under /assets/ have a content hash or a version in their name (GOV.UK Frontend's bundle, its fonts). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
  compressible: boolean;
  /** made on first request for each encoding, then kept */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

export interface StaticFiles {
  /** Answers a GET or HEAD for a known file and returns true; anything else is left to the app (false). */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean;
  readonly size: number;
}

function* walk(dir: string, prefix = ''): Generator<[string, string]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // .vite/manifest.json and the like are build metadata, not for browsers
    const file = path.join(dir, entry.name);
    const url = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(file, url);
    else if (entry.isFile()) yield [url, file];
  }
}

/** Which encoding to send: brotli, then gzip, when the client lists it (and did not refuse it with q=0). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

export function loadStaticFiles(clientDir: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  for (const [url, file] of walk(clientDir)) {
    const body = readFileSync(file);
    const ext = path.extname(file).toLowerCase();
    files.set(url, {
      body,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      cacheControl: url.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      compressible: COMPRESSIBLE.has(ext) && body.length >= 1024,
      encoded: {},
    });
  }

  return {
    size: files.size,
    serve(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const file = files.get(pathname);
      if (!file) return false;
      const encoding = file.compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
      // Each encoding is its own representation, so its own tag.
      const etag = encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag;
      res.setHeader('Content-Type', file.type);
      res.setHeader('Cache-Control', file.cacheControl);
      res.setHeader('ETag', etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (file.compressible) res.setHeader('Vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        res.end();
        return true;
      }
      let body = file.body;
      if (encoding) {
        body = file.encoded[encoding] ??=
          encoding === 'br'
            ? brotliCompressSync(file.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })
            : gzipSync(file.body, { level: 9 });
        res.setHeader('Content-Encoding', encoding);
      }
      res.setHeader('Content-Length', body.length);
      res.statusCode = 200;
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
