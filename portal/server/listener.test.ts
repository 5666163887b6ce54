import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './fetch-bridge';
import { createListener } from './listener';
import { createRequestLog } from './request-log';
import { IMMUTABLE, REVALIDATE, chooseEncoding, loadStaticFiles } from './static-files';

// The portal's server on a real socket, over a folder laid out like build/client and an app that answers from the
// Request it is given (React Router's handler stands there in production; the browser suite runs the real one).

const css = `.govuk-body{margin:0}\n${'.app-x{color:#0b0c0c}\n'.repeat(200)}`;
let dir: string;
let server: Server;
let base: string;
const seen: Request[] = [];
const logged: string[] = [];
const log = createRequestLog((text) => logged.push(text));

async function app(request: Request): Promise<Response> {
  seen.push(request);
  const url = new URL(request.url);
  if (url.pathname === '/boom') throw new Error('the app failed');
  if (url.pathname === '/slow') {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return new Response('late');
  }
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', 'a=1; Path=/; HttpOnly');
  headers.append('Set-Cookie', 'b=2; Path=/; HttpOnly');
  const body =
    request.method === 'POST' ? `posted ${await request.text()}` : `<p>page ${url.pathname}${url.search}</p>`;
  return new Response(body, { status: url.pathname === '/missing' ? 404 : 200, headers });
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
function ask(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      `${base}${pathname}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'portal-client-'));
  mkdirSync(path.join(dir, 'assets/fonts'), { recursive: true });
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, 'assets/app-Ab12.css'), css);
  writeFileSync(path.join(dir, 'assets/fonts/bold.woff2'), Buffer.alloc(2048, 7));
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(path.join(dir, '.vite/manifest.json'), '{}');
  writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'outside');
  server = createServer(createListener({ handle: app, statics: loadStaticFiles(dir), log }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(path.dirname(dir), 'secret.txt'), { force: true });
});

describe('the static files of the build', () => {
  it('serves /assets/* as immutable with a type, a tag and nosniff, and anything else to revalidate', async () => {
    const font = await ask('/assets/fonts/bold.woff2');
    expect(font.status).toBe(200);
    expect(font.headers).toMatchObject({
      'content-type': 'font/woff2',
      'cache-control': IMMUTABLE,
      'x-content-type-options': 'nosniff',
      'content-length': '2048',
    });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.equals(Buffer.alloc(2048, 7))).toBe(true);
    const robots = await ask('/robots.txt');
    expect(robots.headers['cache-control']).toBe(REVALIDATE);
    expect(robots.body.toString()).toContain('Disallow');
    expect(seen.filter((r) => /woff2|robots/.test(r.url))).toEqual([]);
  });

  it('compresses text only when the browser asks, brotli first, and answers 304 to a matching tag', async () => {
    const plain = await ask('/assets/app-Ab12.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(css);
    const br = await ask('/assets/app-Ab12.css', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(css);
    expect(br.body.length).toBeLessThan(css.length / 4);
    const gz = await ask('/assets/app-Ab12.css', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(css);
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);

    const again = await ask('/assets/app-Ab12.css', {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await ask('/assets/app-Ab12.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(css.length));
    expect(head.body.length).toBe(0);
  });

  it('never answers from outside the folder, nor its hidden build metadata: those go to the app', async () => {
    for (const attempt of [
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5c..%5csecret.txt',
      '/.vite/manifest.json',
    ]) {
      const res = await ask(attempt);
      expect(res.body.toString()).not.toContain('outside');
      expect(res.body.toString()).toMatch(/^<p>page /);
    }
    // A file's name with a query string is still the file; a POST to it is the app's.
    expect((await ask('/robots.txt?v=2')).body.toString()).toContain('Disallow');
    expect((await ask('/robots.txt', { method: 'POST', body: 'x' })).body.toString()).toBe('posted x');
  });

  it('picks an encoding the way Accept-Encoding says', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('GZIP, BR')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0,gzip;q=0')).toBeNull();
  });
});

describe('pages through the app', () => {
  it('hands the app the request as sent and writes its answer whole, every cookie on its own line', async () => {
    const res = await ask('/caseload?need=overdueReview&sort=name', {
      headers: { Cookie: 'lac_session=abc', 'X-Forwarded-Proto': 'https', 'Accept-Encoding': 'gzip, br' },
    });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('<p>page /caseload?need=overdueReview&sort=name</p>');
    // Pages are never compressed (BREACH: the CSRF token beside reflected text), whatever the browser accepts.
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(res.body.length));
    expect(res.headers['set-cookie']).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/; HttpOnly']);
    expect(res.headers['cache-control']).toBe('no-store');
    const request = seen.at(-1)!;
    expect(request.url).toBe(`${base}/caseload?need=overdueReview&sort=name`);
    expect(request.headers.get('cookie')).toBe('lac_session=abc');
    expect(request.headers.get('x-forwarded-proto')).toBe('https');
    expect((await ask('/missing')).status).toBe(404);
  });

  it('passes a form body, refuses one over the limit with 413 before the app, and sends no body to HEAD', async () => {
    const form = 'csrfToken=t&name=Zo%C3%AB';
    const posted = await ask('/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(posted.body.toString()).toBe(`posted ${form}`);
    const before = seen.length;
    const big = await ask('/sign-in', { method: 'POST', body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(big.status).toBe(413);
    expect(seen.length).toBe(before);
    const head = await ask('/caseload', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers a failing app with a bare 500, and tells the app when the browser has gone', async () => {
    const failed = await ask('/boom');
    expect(failed.status).toBe(500);
    expect(failed.body.toString()).toBe('Internal Server Error');

    const gone = new Promise<Request>((resolve) => {
      const req = httpRequest(`${base}/slow`);
      req.on('error', () => undefined);
      req.end();
      setTimeout(() => {
        req.destroy();
        setTimeout(() => resolve(seen.find((r) => r.url.endsWith('/slow'))!), 50);
      }, 100);
    });
    expect((await gone).signal.aborted).toBe(true);
  });

  it('logs each request in one line, without its query string', async () => {
    await ask('/children?search=Ada%20Lovelace');
    log.flush();
    const lines = logged.join('').split('\n');
    expect(lines.some((l) => /^GET \/children 200 \d+ - \d+\.\d{3} ms$/.test(l))).toBe(true);
    expect(logged.join('')).not.toContain('Lovelace');
  });
});
