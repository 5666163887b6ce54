import { createCookie, type Cookie } from 'react-router';
import { describe, expect, it } from 'vitest';
import { rememberVerified } from './verified-cookies.server';

const SECRET = 'test-secret-test-secret-test-secret-0123';

/** The real signed cookie, counting how often its own (HMAC-checking) parse runs. */
function counted() {
  const real = createCookie('lac_session', { httpOnly: true, sameSite: 'lax', path: '/', secrets: [SECRET] });
  let checks = 0;
  const cookie: Cookie = {
    get name() {
      return real.name;
    },
    get isSigned() {
      return real.isSigned;
    },
    get expires() {
      return real.expires;
    },
    serialize: (value, options) => real.serialize(value, options),
    parse: (header, options) => {
      checks += 1;
      return real.parse(header, options);
    },
  };
  return { cookie, checks: () => checks };
}
const header = (setCookie: string) => setCookie.split(';')[0];

describe('the session cookie remembers the headers it verified', () => {
  it('answers a header it verified without checking the signature again, with the same id', async () => {
    const { cookie, checks } = counted();
    const remembering = rememberVerified(cookie);
    const good = header(await remembering.serialize('the-session-id'));
    expect(await remembering.parse(good)).toBe('the-session-id');
    expect(await remembering.parse(good)).toBe('the-session-id');
    expect(await remembering.parse(`${good}; other=1`)).toBe('the-session-id');
    expect(checks()).toBe(2); // the two distinct headers, once each
    expect(remembering.name).toBe('lac_session');
    expect(remembering.isSigned).toBe(true);
  });

  it('checks every tampered, foreign-signed or unsigned header, every time, and remembers none', async () => {
    const { cookie, checks } = counted();
    const remembering = rememberVerified(cookie);
    const good = header(await remembering.serialize('the-session-id'));
    const foreign = header(
      await createCookie('lac_session', { secrets: ['another-secret-another-secret-another'] }).serialize(
        'the-session-id',
      ),
    );
    const bad = [`${good.slice(0, -3)}abc`, foreign, 'lac_session=the-session-id', 'other=1'];
    for (let round = 0; round < 2; round += 1) {
      for (const h of bad) expect(await remembering.parse(h)).toBeNull();
    }
    expect(checks()).toBe(bad.length * 2);
    expect(await remembering.parse(null)).toBeNull();
  });

  it('keeps only the most recently used headers', async () => {
    const { cookie, checks } = counted();
    const remembering = rememberVerified(cookie, 2);
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map(async (id) => header(await remembering.serialize(id))));
    await remembering.parse(a);
    await remembering.parse(b);
    await remembering.parse(a); // a is now the most recent
    await remembering.parse(c); // b goes
    expect(checks()).toBe(3);
    expect(await remembering.parse(a)).toBe('a');
    expect(await remembering.parse(c)).toBe('c');
    expect(checks()).toBe(3);
    expect(await remembering.parse(b)).toBe('b');
    expect(checks()).toBe(4);
  });
});
