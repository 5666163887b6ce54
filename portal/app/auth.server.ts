import { data, redirect } from 'react-router';
import { clientAddress } from './client-address.server';
import { assertCsrf } from './csrf.server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './graphql/generated';
import type { ViewerAudience } from './graphql/generated/graphql';
import {
  GatewayError,
  GatewayUnauthenticated,
  type GatewayClient,
  type GraphQLResult,
  type MutationResult,
  type VariablesOf,
} from './gateway.server';
import {
  IDLE_TIMEOUT_MS,
  MAX_SESSION_MS,
  ROLES,
  newCsrfToken,
  type PortalSession,
  type PortalSessions,
  type Role,
  type SessionUser,
} from './session.server';

export const SIGN_IN_PATH = '/sign-in';
export const MESSAGES = {
  invalid: 'Enter a correct username and password',
  throttled: 'Too many attempts. Wait 5 minutes and try again.',
  usernameMissing: 'Enter your username',
  passwordMissing: 'Enter your password',
} as const;

export interface FieldError {
  field: 'username' | 'password';
  message: string;
}
export interface SignInFormState {
  username: string;
  errors: FieldError[];
}

export interface AuthDeps {
  sessions: PortalSessions;
  gateway: GatewayClient;
  trustProxy: boolean;
  now?: () => number;
  /** the TCP peer of the current request (tests inject one) */
  peerAddress?: () => string | undefined;
}

export interface SignedIn {
  user: SessionUser;
  csrfToken: string;
  /**
   * Headers every answer to this request carries. Empty for a page view: the cookie does not change (it holds only
   * the signed id, with no expiry of its own), and the idle window is extended in the table (`touchSession`).
   */
  headers: Headers;
}

const ME_QUERY = graphql(`
  query Me {
    me {
      id
      displayName
      role
      audience
    }
  }
`);

/**
 * Where someone's work starts: an IRO at the caseload, a manager at oversight, a young person, parent or carer (the
 * graph's `Me.audience`) on a page about their own child or children in plain words, anyone else at the list of
 * children. Where they land only; each page still shows what the graph answers.
 */
export function homeFor(role: Role, audience?: ViewerAudience): string {
  if (role === 'IRO') return '/caseload';
  if (role === 'IRO_MANAGER') return '/oversight';
  if (audience && audience !== 'PROFESSIONAL') return '/home';
  return '/children';
}

export function createAuth(deps: AuthDeps) {
  const now = deps.now ?? Date.now;

  async function read(request: Request) {
    const storage = deps.sessions.storageFor(request);
    const session = await storage.getSession(request.headers.get('Cookie'));
    return { storage, session };
  }

  // A page view runs the layout's loader (peek) and the page's (requireUser) on the same Request: the session is
  // read once (one SELECT, one cookie signature check, one decryption) and shared. Only for GET and HEAD, where no
  // action can have changed the session between the two reads.
  const readOnce = new WeakMap<Request, ReturnType<typeof read>>();
  function load(request: Request) {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return read(request);
    let loaded = readOnce.get(request);
    if (!loaded) {
      loaded = read(request);
      readOnce.set(request, loaded);
    }
    return loaded;
  }

  async function cookieHeaders(request: Request, session: PortalSession): Promise<Headers> {
    const headers = new Headers();
    headers.append('Set-Cookie', await deps.sessions.storageFor(request).commitSession(session));
    return headers;
  }

  async function endSession(request: Request, session: PortalSession): Promise<Headers> {
    const headers = new Headers();
    if (session.id) headers.append('Set-Cookie', await deps.sessions.storageFor(request).destroySession(session));
    return headers;
  }

  function liveUser(session: PortalSession): SessionUser | undefined {
    const user = session.get('user');
    if (!user || !(user.tokenExpiresAt > now()) || !ROLES.includes(user.role)) return undefined;
    return user;
  }

  /** Read-only look at who is signed in (no Set-Cookie): for the layout. */
  async function peek(request: Request): Promise<{ user?: SessionUser; csrfToken?: string }> {
    const { session } = await load(request);
    const user = liveUser(session);
    return user ? { user, csrfToken: session.get('csrf') } : {};
  }

  /** A signed-in user, or a redirect to sign-in that also clears whatever session there was. */
  async function requireUser(request: Request): Promise<SignedIn> {
    const { session } = await load(request);
    const user = liveUser(session);
    if (!user) throw redirect(SIGN_IN_PATH, { headers: await endSession(request, session) });
    // The idle window moves with activity, written at most once a minute (TOUCH_INTERVAL_MS): most page views go
    // straight from the session read to the gateway, with no write in between.
    await deps.sessions.storageFor(request).touchSession(session);
    return { user, csrfToken: session.get('csrf')!, headers: new Headers() };
  }

  /** GraphQL with the user's token. 401 → session ended, back to sign-in; failures → the error page (502). */
  async function query<T, V>(
    request: Request,
    signedIn: SignedIn,
    document: TypedDocumentNode<T, V>,
    ...variables: VariablesOf<V>
  ): Promise<GraphQLResult<T>> {
    try {
      return await deps.gateway.query(signedIn.user.token, document, ...variables);
    } catch (error) {
      if (error instanceof GatewayUnauthenticated) {
        const { session } = await load(request);
        throw redirect(SIGN_IN_PATH, { headers: await endSession(request, session) });
      }
      if (error instanceof GatewayError) {
        console.error(
          'portal: gateway error',
          error.message,
          error.errors.map((e) => e.extensions?.code ?? e.message),
        );
        throw data({ reason: 'gateway' }, { status: 502, statusText: 'Bad Gateway' });
      }
      throw error;
    }
  }

  /** A mutation with the user's token: refusals (bad input, conflict, not found) come back as errors to show. */
  async function mutate<T, V>(
    request: Request,
    signedIn: SignedIn,
    document: TypedDocumentNode<T, V>,
    ...variables: VariablesOf<V>
  ): Promise<MutationResult<T>> {
    try {
      return await deps.gateway.mutate(signedIn.user.token, document, ...variables);
    } catch (error) {
      if (error instanceof GatewayUnauthenticated) {
        const { session } = await load(request);
        throw redirect(SIGN_IN_PATH, { headers: await endSession(request, session) });
      }
      if (error instanceof GatewayError) {
        console.error('portal: gateway error', error.message);
        throw data({ reason: 'gateway' }, { status: 502, statusText: 'Bad Gateway' });
      }
      throw error;
    }
  }

  /** GET /sign-in: an anonymous session that carries the CSRF token for the form. */
  async function signInLoader(request: Request) {
    const { session } = await load(request);
    if (liveUser(session)) throw redirect('/');
    if (!session.has('csrf')) {
      session.set('csrf', newCsrfToken());
      session.set('absoluteExpiresAt', now() + MAX_SESSION_MS);
    }
    return data({ csrfToken: session.get('csrf')! }, { headers: await cookieHeaders(request, session) });
  }

  /** POST /sign-in. Answers a redirect (signed in), a form state to re-render, or throws 403 on a bad CSRF token. */
  async function signInAction(request: Request) {
    const { storage, session } = await load(request);
    const form = await request.formData();
    assertCsrf(session.get('csrf'), form);

    const rawUsername = form.get('username');
    const rawPassword = form.get('password');
    const username = typeof rawUsername === 'string' ? rawUsername.trim().slice(0, 256) : '';
    const password = typeof rawPassword === 'string' ? rawPassword : '';
    const errors: FieldError[] = [];
    if (!username) errors.push({ field: 'username', message: MESSAGES.usernameMissing });
    if (!password) errors.push({ field: 'password', message: MESSAGES.passwordMissing });
    if (errors.length) return data<SignInFormState>({ username, errors }, { status: 400 });
    if (password.length > 1024) {
      return data<SignInFormState>(
        { username, errors: [{ field: 'username', message: MESSAGES.invalid }] },
        { status: 400 },
      );
    }

    let token;
    try {
      token = await deps.gateway.requestToken({
        username,
        password,
        clientAddress: clientAddress(request, deps.trustProxy, deps.peerAddress?.()),
      });
    } catch (error) {
      console.error('portal: token request failed', (error as Error).message);
      throw data({ reason: 'gateway' }, { status: 502, statusText: 'Bad Gateway' });
    }
    if (token.kind === 'throttled') {
      return data<SignInFormState>(
        { username, errors: [{ field: 'username', message: MESSAGES.throttled }] },
        { status: 429 },
      );
    }
    if (token.kind !== 'ok') {
      // 400, not 401: a 401 would need a WWW-Authenticate challenge; this is a form to correct.
      return data<SignInFormState>(
        { username, errors: [{ field: 'username', message: MESSAGES.invalid }] },
        { status: 400 },
      );
    }

    const issuedAt = now();
    let me: { id: string; displayName: string; role: string; audience?: ViewerAudience };
    try {
      const result = await deps.gateway.query(token.accessToken, ME_QUERY);
      me = result.data.me;
    } catch (error) {
      console.error('portal: me query failed at sign-in', (error as Error).message);
      throw data({ reason: 'gateway' }, { status: 502, statusText: 'Bad Gateway' });
    }
    if (!me || typeof me.id !== 'string' || !ROLES.includes(me.role as Role)) {
      throw data({ reason: 'gateway' }, { status: 502, statusText: 'Bad Gateway' });
    }

    // Rotate: the anonymous session (and anything it held) is gone; the signed-in one has a new id and CSRF token.
    await storage.destroySession(session);
    const fresh = await storage.getSession(null);
    const absoluteExpiresAt = Math.min(issuedAt + token.expiresIn * 1000, issuedAt + MAX_SESSION_MS);
    fresh.set('csrf', newCsrfToken());
    fresh.set('absoluteExpiresAt', absoluteExpiresAt);
    fresh.set('user', {
      token: token.accessToken,
      tokenExpiresAt: absoluteExpiresAt,
      personId: me.id,
      displayName: me.displayName,
      role: me.role as Role,
      audience: me.audience,
    });
    throw redirect(homeFor(me.role as Role, me.audience), {
      headers: { 'Set-Cookie': await storage.commitSession(fresh) },
    });
  }

  /** POST /sign-out: checks CSRF, destroys the session row and the cookie. */
  async function signOutAction(request: Request) {
    const { session } = await load(request);
    const form = await request.formData();
    assertCsrf(session.get('csrf'), form);
    throw redirect(SIGN_IN_PATH, { headers: await endSession(request, session) });
  }

  return {
    peek,
    requireUser,
    query,
    mutate,
    signInLoader,
    signInAction,
    signOutAction,
    idleTimeoutMs: IDLE_TIMEOUT_MS,
  };
}

export type Auth = ReturnType<typeof createAuth>;
