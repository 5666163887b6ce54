import { randomBytes } from 'node:crypto';

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Vite's dev server injects CSS through <style> tags; the built app only links stylesheets.
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers for every response the app renders (documents and data requests). */
export function applySecurityHeaders(
  headers: Headers,
  options: { nonce?: string; secure: boolean; dev?: boolean },
): void {
  if (options.nonce) headers.set('Content-Security-Policy', contentSecurityPolicy(options.nonce, options.dev));
  headers.set('X-Content-Type-Options', 'nosniff');
  // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on form posts, which React Router's
  // own origin check (rightly) rejects. Nothing leaves for other sites, child ids in URLs included.
  headers.set('Referrer-Policy', 'same-origin');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  // Pages carry children's personal data: never store them in shared or browser caches.
  headers.set('Cache-Control', 'no-store');
  if (options.secure) headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
}
