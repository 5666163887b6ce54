import { createHash } from 'node:crypto';
import { createTestDatabase } from '@lac/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrate } from './db.server';
import {
  IDLE_TIMEOUT_MS,
  MAX_SESSION_MS,
  TOUCH_INTERVAL_MS,
  createPgSessionStorage,
  createPortalSessions,
  newCsrfToken,
  openSessionData,
  sealSessionData,
} from './session.server';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let pool: pg.Pool;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase(inject('databaseUrl'), 'portal_sessions') });
  await migrate(pool);
});
afterAll(async () => {
  await pool?.end();
});

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const cookieValue = (setCookie: string) => setCookie.split(';')[0];

describe('portal schema migration', () => {
  it('is idempotent and numbered', async () => {
    expect(await migrate(pool)).toEqual([]);
    const { rows } = await pool.query('SELECT version, name FROM portal.migrations ORDER BY version');
    expect(rows).toEqual([{ version: 1, name: 'sessions' }]);
    const cols = await pool.query(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'portal' AND table_name = 'sessions' ORDER BY ordinal_position",
    );
    expect(cols.rows.map((r) => r.column_name)).toEqual(['id_hash', 'data', 'created_at', 'updated_at', 'expires_at']);
  });

  it('survives concurrent runs', async () => {
    await expect(Promise.all([migrate(pool), migrate(pool), migrate(pool)])).resolves.toEqual([[], [], []]);
  });
});

describe('PostgreSQL session storage', () => {
  it('keeps only the SHA-256 of the session id, and the cookie only the signed id', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: true, now: c.now });
    const session = await storage.getSession(null);
    session.set('csrf', newCsrfToken());
    session.set('absoluteExpiresAt', c.now() + MAX_SESSION_MS);
    const setCookie = await storage.commitSession(session);
    const reread = await storage.getSession(cookieValue(setCookie));
    expect(reread.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(reread.get('csrf')).toBe(session.get('csrf'));

    const hash = createHash('sha256').update(reread.id).digest();
    const { rows } = await pool.query('SELECT id_hash, data::text AS data FROM portal.sessions WHERE id_hash = $1', [
      hash,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].data).not.toContain(reread.id);
    expect(rows[0].data).not.toContain(session.get('csrf')); // sealed: nothing readable at rest
    expect(JSON.parse(rows[0].data)).toMatchObject({ v: 1 });
    const all = await pool.query(
      "SELECT count(*)::int AS n FROM portal.sessions WHERE encode(id_hash, 'escape') LIKE $1",
      [`%${reread.id}%`],
    );
    expect(all.rows[0].n).toBe(0);
  });

  it('sets HttpOnly, SameSite=Lax, Path=/ and, over HTTPS, Secure with the __Host- prefix', async () => {
    const sessions = createPortalSessions({ pool, secrets: [SECRET], cookieSecure: 'auto' });
    const commit = async (request: Request) => {
      const storage = sessions.storageFor(request);
      const s = await storage.getSession(null);
      s.set('csrf', newCsrfToken());
      return storage.commitSession(s);
    };
    const secure = await commit(new Request('https://portal.example/sign-in'));
    expect(secure).toMatch(/^__Host-lac_session=/);
    expect(secure).toMatch(/; Path=\/(;|$)/);
    expect(secure).toMatch(/; HttpOnly/);
    expect(secure).toMatch(/; Secure/);
    expect(secure).toMatch(/; SameSite=Lax/);
    expect(secure).not.toMatch(/Domain=/i);
    expect(secure).not.toMatch(/Expires=|Max-Age=/i);

    const proxied = await commit(
      new Request('http://portal.internal/sign-in', { headers: { 'X-Forwarded-Proto': 'https' } }),
    );
    expect(proxied).toMatch(/^__Host-lac_session=.*; Secure/);

    const plain = await commit(new Request('http://localhost:3000/sign-in'));
    expect(plain).toMatch(/^lac_session=/);
    expect(plain).toMatch(/; HttpOnly/);
    expect(plain).toMatch(/; SameSite=Lax/);
    expect(plain).not.toMatch(/; Secure/);

    const forced = createPortalSessions({ pool, secrets: [SECRET], cookieSecure: 'true' });
    expect(forced.isSecure(new Request('http://localhost:3000/'))).toBe(true);
    const never = createPortalSessions({ pool, secrets: [SECRET], cookieSecure: 'false' });
    expect(never.isSecure(new Request('https://portal.example/'))).toBe(false);
  });

  it('seals data so that neither another id nor another secret opens it', () => {
    const sealed = sealSessionData('id-1', SECRET, { csrf: 'x', user: { token: 'bearer-token' } });
    expect(JSON.stringify(sealed)).not.toContain('bearer-token');
    expect(openSessionData('id-1', SECRET, sealed)).toEqual({ csrf: 'x', user: { token: 'bearer-token' } });
    expect(openSessionData('id-2', SECRET, sealed)).toBeNull();
    expect(openSessionData('id-1', `${SECRET}x`, sealed)).toBeNull();
    expect(openSessionData('id-1', SECRET, { ...sealed, ct: Buffer.from('tampered').toString('base64') })).toBeNull();
  });

  it('refuses unsigned cookies and ignores tampered or foreign-signed ones', async () => {
    expect(() => createPgSessionStorage({ pool, secrets: [], secure: false })).toThrow(/signed/);
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false });
    const s = await storage.getSession(null);
    s.set('csrf', 'x');
    const good = cookieValue(await storage.commitSession(s));
    const [name, value] = good.split('=') as [string, string];
    const tampered = `${name}=${value.slice(0, -3)}abc`;
    expect((await storage.getSession(tampered)).id).toBe('');

    const other = createPgSessionStorage({ pool, secrets: ['another-secret-another-secret-another'], secure: false });
    expect((await other.getSession(good)).id).toBe('');
  });

  it('ends a session after 30 minutes idle; activity keeps it alive', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false, now: c.now });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    s.set('absoluteExpiresAt', c.now() + MAX_SESSION_MS);
    const cookie = cookieValue(await storage.commitSession(s));

    for (let i = 0; i < 4; i += 1) {
      c.advance(IDLE_TIMEOUT_MS - 60_000);
      const live = await storage.getSession(cookie);
      expect(live.get('csrf')).toBe('token');
      await storage.commitSession(live); // a request touches the session
    }
    c.advance(IDLE_TIMEOUT_MS + 1);
    const expired = await storage.getSession(cookie);
    expect(expired.id).toBe('');
    expect(expired.has('csrf')).toBe(false);
  });

  it('extends the idle window on a page view at most once a minute, writing only the expiry', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false, now: c.now });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    s.set('absoluteExpiresAt', c.now() + MAX_SESSION_MS);
    const cookie = cookieValue(await storage.commitSession(s));
    const id = (await storage.getSession(cookie)).id;
    const row = async () =>
      (
        await pool.query<{ data: unknown; updated_at: Date; expires_at: Date }>(
          'SELECT data, updated_at, expires_at FROM portal.sessions WHERE id_hash = $1',
          [createHash('sha256').update(id).digest()],
        )
      ).rows[0];
    const written = await row();

    // Within the interval: no write at all.
    c.advance(TOUCH_INTERVAL_MS - 1);
    expect(await storage.touchSession(await storage.getSession(cookie))).toBe(false);
    expect(await row()).toEqual(written);

    // Due: the expiry moves to now + 30 minutes; the sealed data is left as it was.
    c.advance(1);
    const due = await storage.getSession(cookie);
    expect(await storage.touchSession(due)).toBe(true);
    const touched = await row();
    expect(touched.data).toEqual(written.data);
    expect(touched.updated_at.getTime()).toBe(c.now());
    expect(touched.expires_at.getTime()).toBe(c.now() + IDLE_TIMEOUT_MS);
    // The same request does not write twice, and the row's time is never sealed into the data.
    expect(await storage.touchSession(due)).toBe(false);
    await storage.commitSession(due);
    expect(openSessionData(id, SECRET, (await row()).data as never)).not.toHaveProperty('touchedAt');
    expect((await storage.getSession(cookie)).get('touchedAt')).toBe(c.now());
  });

  it('still ends a session idle for 30 minutes after its last page view, whatever the writes skipped', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false, now: c.now });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    s.set('absoluteExpiresAt', c.now() + MAX_SESSION_MS);
    const cookie = cookieValue(await storage.commitSession(s));
    let writes = 0;
    // Ten minutes of page views every 10 seconds: one write a minute at most, and the session lives throughout.
    for (let i = 0; i < 60; i += 1) {
      c.advance(10_000);
      const live = await storage.getSession(cookie);
      expect(live.get('csrf')).toBe('token');
      if (await storage.touchSession(live)) writes += 1;
    }
    expect(writes).toBe(10);
    const lastView = c.now();
    // Idle from the last page view: alive while less than 30 minutes less the interval have passed …
    c.advance(IDLE_TIMEOUT_MS - TOUCH_INTERVAL_MS);
    expect((await storage.getSession(cookie)).get('csrf')).toBe('token');
    // … and never alive 30 minutes after it.
    c.advance(lastView + IDLE_TIMEOUT_MS - c.now());
    expect((await storage.getSession(cookie)).id).toBe('');
  });

  it('never extends a session past its absolute expiry, nor revives one ended meanwhile', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false, now: c.now });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    s.set('absoluteExpiresAt', c.now() + 10 * 60 * 1000);
    const cookie = cookieValue(await storage.commitSession(s));
    c.advance(5 * 60 * 1000);
    expect(await storage.touchSession(await storage.getSession(cookie))).toBe(true);
    c.advance(5 * 60 * 1000);
    expect((await storage.getSession(cookie)).id).toBe('');

    // Signed out (row deleted) between the read and the touch: nothing is written back.
    const other = await storage.getSession(null);
    other.set('csrf', 'token');
    other.set('absoluteExpiresAt', c.now() + MAX_SESSION_MS);
    const otherCookie = cookieValue(await storage.commitSession(other));
    c.advance(TOUCH_INTERVAL_MS);
    const read = await storage.getSession(otherCookie);
    await storage.destroySession(await storage.getSession(otherCookie));
    expect(await storage.touchSession(read)).toBe(false);
    const { rows } = await pool.query('SELECT 1 FROM portal.sessions WHERE id_hash = $1', [
      createHash('sha256').update(read.id).digest(),
    ]);
    expect(rows).toHaveLength(0);
    expect((await storage.getSession(otherCookie)).id).toBe('');
  });

  it('ends a session at its absolute expiry however active it is, and never at more than 8 hours', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false, now: c.now });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    s.set('absoluteExpiresAt', c.now() + 45 * 60 * 1000);
    const cookie = cookieValue(await storage.commitSession(s));
    c.advance(20 * 60 * 1000);
    await storage.commitSession(await storage.getSession(cookie));
    c.advance(20 * 60 * 1000);
    await storage.commitSession(await storage.getSession(cookie));
    c.advance(5 * 60 * 1000 + 1);
    expect((await storage.getSession(cookie)).id).toBe('');

    const greedy = await storage.getSession(null);
    greedy.set('csrf', 'token');
    greedy.set('absoluteExpiresAt', c.now() + 48 * 60 * 60 * 1000);
    const greedyCookie = cookieValue(await storage.commitSession(greedy));
    const id = (await storage.getSession(greedyCookie)).id;
    const { rows } = await pool.query('SELECT expires_at FROM portal.sessions WHERE id_hash = $1', [
      createHash('sha256').update(id).digest(),
    ]);
    expect(new Date(rows[0].expires_at).getTime()).toBeLessThanOrEqual(c.now() + MAX_SESSION_MS);
    for (let i = 0; i < 17; i += 1) {
      c.advance(29 * 60 * 1000);
      const live = await storage.getSession(greedyCookie);
      if (!live.id) break;
      await storage.commitSession(live);
    }
    expect((await storage.getSession(greedyCookie)).id).toBe('');
  });

  it('never revives an expired id: the next commit gets a brand-new id', async () => {
    const c = clock();
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false, now: c.now });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    const cookie = cookieValue(await storage.commitSession(s));
    const oldId = (await storage.getSession(cookie)).id;
    c.advance(IDLE_TIMEOUT_MS + 1);
    const after = await storage.getSession(cookie);
    after.set('csrf', 'again');
    const newCookie = cookieValue(await storage.commitSession(after));
    expect(newCookie).not.toBe(cookie);
    const fresh = await storage.getSession(newCookie);
    expect(fresh.id).not.toBe(oldId);
    expect(fresh.get('csrf')).toBe('again');
  });

  it('destroys the row and expires the cookie', async () => {
    const storage = createPgSessionStorage({ pool, secrets: [SECRET], secure: false });
    const s = await storage.getSession(null);
    s.set('csrf', 'token');
    const cookie = cookieValue(await storage.commitSession(s));
    const live = await storage.getSession(cookie);
    const cleared = await storage.destroySession(live);
    expect(cleared).toMatch(/^lac_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    const { rows } = await pool.query('SELECT 1 FROM portal.sessions WHERE id_hash = $1', [
      createHash('sha256').update(live.id).digest(),
    ]);
    expect(rows).toHaveLength(0);
    expect((await storage.getSession(cookie)).id).toBe('');
  });
});
