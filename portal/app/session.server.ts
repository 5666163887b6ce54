import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { createCookie, createSessionStorage, type Session, type SessionStorage } from 'react-router';

import type { Role as SchemaRole, ViewerAudience } from './graphql/generated/graphql';
import { rememberVerified } from './verified-cookies.server';

/** The roles the schema knows; keyed by its enum so that a new role fails the typecheck until it is listed here. */
const KNOWN_ROLES: Record<SchemaRole, true> = {
  IRO: true,
  IRO_MANAGER: true,
  SOCIAL_WORKER: true,
  ADVOCATE: true,
  GUARDIAN: true,
  PARENT: true,
  FOSTER_CARER: true,
  YOUNG_PERSON: true,
};
export type Role = SchemaRole;
export const ROLES = Object.keys(KNOWN_ROLES) as readonly Role[];

export interface SessionUser {
  token: string;
  /** ms since epoch; the gateway token's expiry, which is also the session's absolute expiry */
  tokenExpiresAt: number;
  personId: string;
  displayName: string;
  role: Role;
  /** The graph's `Me.audience`: whose words the service speaks in. Absent in sessions begun before it existed. */
  audience?: ViewerAudience;
}

export interface SessionData {
  /** per-session CSRF token (base64url of 32 random bytes) */
  csrf: string;
  /** ms since epoch: the session ends then whatever the activity */
  absoluteExpiresAt: number;
  user?: SessionUser;
  /**
   * ms since epoch: when the row was last written (its `updated_at`). Read from the row with the data, never sealed
   * into it; `touchSession` uses it to write at most once per TOUCH_INTERVAL_MS.
   */
  touchedAt?: number;
}

export type PortalSession = Session<SessionData>;

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const MAX_SESSION_MS = 8 * 60 * 60 * 1000;
/**
 * A page view extends the idle window by writing the row, but at most once per this long: the idle timeout is then
 * counted from the last write, so a session ends between IDLE_TIMEOUT_MS − TOUCH_INTERVAL_MS and IDLE_TIMEOUT_MS
 * after its last request — never later than the timeout — and most page views write nothing (docs/security.md).
 */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export const SESSION_COOKIE = 'lac_session';
export const SECURE_SESSION_COOKIE = '__Host-lac_session';

export function hashSessionId(id: string): Buffer {
  return createHash('sha256').update(id, 'utf8').digest();
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What portal.sessions.data holds: the session data sealed with AES-256-GCM. */
export interface SealedData {
  v: 1;
  iv: string;
  ct: string;
  tag: string;
}

/**
 * The key comes from the session id (which only the cookie carries; the table has its hash) and the server's
 * secret, so rows read from the database — access tokens included — are useless without both.
 */
function dataKey(id: string, secret: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(`${id}\0${secret}`, 'utf8'), 'lac-portal-session', 'session data v1', 32),
  );
}

export function sealSessionData(id: string, secret: string, data: unknown): SealedData {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey(id, secret), iv);
  cipher.setAAD(hashSessionId(id));
  const ct = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
  return { v: 1, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

export function openSessionData<T>(id: string, secret: string, sealed: SealedData): T | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey(id, secret), Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(hashSessionId(id));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  } catch {
    return null;
  }
}

export interface PgSessionStorageOptions {
  pool: pg.Pool;
  secrets: string[];
  secure: boolean;
  /** resolves once the portal schema exists; every query waits for it */
  ready?: Promise<unknown>;
  idleTimeoutMs?: number;
  touchIntervalMs?: number;
  now?: () => number;
}

/** React Router's session storage, plus the idle-window extension that page views use instead of a full commit. */
export interface PortalSessionStorage extends SessionStorage<SessionData> {
  /**
   * Extends a stored session's idle window when its row was last written TOUCH_INTERVAL_MS or more ago; otherwise
   * does nothing. Only the expiry moves (the data, unchanged, is not re-sealed), never past the absolute expiry, and
   * never for a row that has expired or been deleted meanwhile. Resolves to whether it wrote.
   */
  touchSession(session: Session<SessionData>): Promise<boolean>;
}

/** What is sealed into the row: the session's data without the row's own write time. */
function sealable(data: Partial<SessionData>): Partial<SessionData> {
  if (data.touchedAt === undefined) return data;
  const { touchedAt: _rowTime, ...rest } = data;
  return rest;
}

/**
 * React Router session storage over portal.sessions. The cookie carries only the signed random id; the table
 * keeps its SHA-256 and the data sealed under a key derived from the id, so a read of the table yields neither
 * usable cookies nor access tokens. A row expires at the earlier of
 * (last write + idle timeout), the session's absolute expiry and 8 hours after the row was created; rows past
 * expiry are never read.
 */
export function createPgSessionStorage(options: PgSessionStorageOptions): PortalSessionStorage {
  const { pool, secrets, secure } = options;
  const ready = options.ready ?? Promise.resolve();
  const idle = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  const touchInterval = options.touchIntervalMs ?? TOUCH_INTERVAL_MS;
  const now = options.now ?? Date.now;
  if (secrets.length === 0 || secrets.some((s) => !s)) throw new Error('Session cookies must be signed');
  const dataSecret = secrets[0];

  const expiresAt = (data: Partial<SessionData>): Date => {
    const t = now();
    const absolute = Math.min(data.absoluteExpiresAt ?? t + MAX_SESSION_MS, t + MAX_SESSION_MS);
    return new Date(Math.min(t + idle, absolute));
  };

  const cookie = rememberVerified(
    createCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure,
      secrets,
      // no Expires/Max-Age: a browser-session cookie; the server decides when the session ends
    }),
  );

  const base = createSessionStorage<SessionData>({
    cookie,
    async createData(data) {
      await ready;
      const id = newSessionId();
      await pool.query(
        'INSERT INTO portal.sessions (id_hash, data, created_at, updated_at, expires_at) VALUES ($1, $2, $3, $3, $4)',
        [hashSessionId(id), sealSessionData(id, dataSecret, sealable(data)), new Date(now()), expiresAt(data)],
      );
      // Opportunistic clean-up of dead rows; cheap thanks to the expires_at index.
      if (Math.random() < 0.05) {
        await pool
          .query('DELETE FROM portal.sessions WHERE expires_at <= $1', [new Date(now())])
          .catch(() => undefined);
      }
      return id;
    },
    async readData(id) {
      if (typeof id !== 'string' || id.length === 0) return null;
      await ready;
      const { rows } = await pool.query<{ data: SealedData; updated_at: Date }>(
        'SELECT data, updated_at FROM portal.sessions WHERE id_hash = $1 AND expires_at > $2',
        [hashSessionId(id), new Date(now())],
      );
      const row = rows[0];
      const opened = row ? openSessionData<Partial<SessionData>>(id, dataSecret, row.data) : null;
      return opened ? { ...opened, touchedAt: row.updated_at.getTime() } : null;
    },
    async updateData(id, data) {
      await ready;
      // Never resurrects a row that expired or was deleted meanwhile (no upsert: no session fixation).
      await pool.query(
        `UPDATE portal.sessions
            SET data = $2, updated_at = $3, expires_at = LEAST($4, created_at + make_interval(secs => $5))
          WHERE id_hash = $1 AND expires_at > $3`,
        [
          hashSessionId(id),
          sealSessionData(id, dataSecret, sealable(data)),
          new Date(now()),
          expiresAt(data),
          MAX_SESSION_MS / 1000,
        ],
      );
    },
    async deleteData(id) {
      if (!id) return;
      await ready;
      await pool.query('DELETE FROM portal.sessions WHERE id_hash = $1', [hashSessionId(id)]);
    },
  });

  return {
    ...base,
    async touchSession(session) {
      const touchedAt = session.get('touchedAt');
      const t = now();
      // A clock moved back (touchedAt in the future) also writes: the window is then measured from now.
      if (!session.id || (touchedAt !== undefined && t - touchedAt >= 0 && t - touchedAt < touchInterval)) return false;
      await ready;
      const written = await pool.query(
        `UPDATE portal.sessions
            SET updated_at = $2, expires_at = LEAST($3, created_at + make_interval(secs => $4))
          WHERE id_hash = $1 AND expires_at > $2`,
        [hashSessionId(session.id), new Date(t), expiresAt(session.data), MAX_SESSION_MS / 1000],
      );
      if (written.rowCount === 0) return false;
      session.set('touchedAt', t);
      return true;
    },
    async getSession(cookieHeader, opts) {
      const session = await base.getSession(cookieHeader, opts);
      // React Router keeps the cookie's id even when no live row matched; start afresh instead, so a stale or
      // forged id is never reused (it would only ever be UPDATEd, i.e. never saved).
      if (session.id && !session.has('csrf')) return base.getSession(null);
      return session;
    },
  };
}

export interface PortalSessions {
  /** the storage whose cookie suits this request (Secure + __Host- over HTTPS) */
  storageFor(request: Request): PortalSessionStorage;
  isSecure(request: Request): boolean;
}

export function createPortalSessions(
  options: Omit<PgSessionStorageOptions, 'secure'> & {
    cookieSecure: 'true' | 'false' | 'auto';
  },
): PortalSessions {
  const secure = createPgSessionStorage({ ...options, secure: true });
  const plain = createPgSessionStorage({ ...options, secure: false });
  const isSecure = (request: Request): boolean => {
    if (options.cookieSecure === 'true') return true;
    if (options.cookieSecure === 'false') return false;
    if (new URL(request.url).protocol === 'https:') return true;
    const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    return forwarded === 'https';
  };
  return { isSecure, storageFor: (request) => (isSecure(request) ? secure : plain) };
}
