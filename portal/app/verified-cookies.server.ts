import type { Cookie, CookieParseOptions } from 'react-router';

/** How many verified Cookie headers a storage remembers (the most recently used). */
export const REMEMBERED_COOKIES = 1024;

/**
 * The session cookie, remembering which Cookie headers it has verified. React Router checks the cookie's HMAC through
 * WebCrypto on every read, about a twentieth of the portal's CPU per page view (docs/benchmarks.md), and a browser
 * sends the same header on every page of a visit. The signature of one exact header under the process's fixed
 * secrets always checks out the same way, so a header that verified once gives the same id without checking again;
 * anything new, tampered with or unsigned goes through the real check, and failures are not remembered. The id
 * still only names a row: revocation and expiry are decided by `portal.sessions` on every read.
 */
export function rememberVerified(cookie: Cookie, max = REMEMBERED_COOKIES): Cookie {
  const verified = new Map<string, string>();
  return {
    get name() {
      return cookie.name;
    },
    get isSigned() {
      return cookie.isSigned;
    },
    get expires() {
      return cookie.expires;
    },
    serialize: (value, options) => cookie.serialize(value, options),
    async parse(header: string | null, options?: CookieParseOptions): Promise<unknown> {
      if (!header || options) return (await cookie.parse(header, options)) as unknown;
      const known = verified.get(header);
      if (known !== undefined) {
        verified.delete(header); // most recently used last
        verified.set(header, known);
        return known;
      }
      const value: unknown = await cookie.parse(header);
      if (typeof value === 'string' && value.length > 0) {
        verified.set(header, value);
        if (verified.size > max) verified.delete(verified.keys().next().value!);
      }
      return value;
    },
  };
}
