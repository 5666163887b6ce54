import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { data } from 'react-router';
import type { Auth } from './auth.server';
import type { VariablesOf } from './gateway.server';
import { isRouteId } from './route-id';
import { auth } from './services.server';

// The one way a route signs the person in, carries the session's headers on every answer (pages, 404s,
// redirects it builds) and answers "not found". A child or record that does not exist and one this person may not
// see must look the same, so every such answer goes through `notFound` here, never a copy in a route.

/** The 404 answer, with the session's headers (the same as any other answer to this request). */
export const notFound = (headers: Headers) => data(null, { status: 404, statusText: 'Not Found', headers });

type RouteIds<A extends readonly (string | undefined)[]> = { [K in keyof A]: string };

/** `a` is the process's auth; tests pass one wired to their own gateway and database. */
export async function withSession(request: Request, a: Auth = auth()) {
  const signedIn = await a.requireUser(request);
  const { headers } = signedIn;

  /** Thrown (never returned) so a loader reads straight through. */
  const notFoundError = () => notFound(headers);

  return {
    signedIn,
    user: signedIn.user,
    csrfToken: signedIn.csrfToken,
    headers,
    notFound: notFoundError,
    /** The route's ids, each short and plain, or the 404 without asking the gateway. */
    routeIds<const A extends readonly (string | undefined)[]>(...ids: A): RouteIds<A> {
      if (!ids.every((id) => isRouteId(id))) throw notFoundError();
      return ids as unknown as RouteIds<A>;
    },
    query<T, V>(document: TypedDocumentNode<T, V>, ...variables: VariablesOf<V>) {
      return a.query(request, signedIn, document, ...variables);
    },
    /**
     * A query about one child: the child, or the 404 when the graph answers null (no such child, or not this
     * person's to see: the graph makes them the same, and so must the page).
     */
    async child<T extends { child?: unknown }, V>(document: TypedDocumentNode<T, V>, ...variables: VariablesOf<V>) {
      const { data: result, errors } = await a.query(request, signedIn, document, ...variables);
      const child = result.child;
      if (child == null) throw notFoundError();
      return { child: child as NonNullable<T['child']>, result, errors };
    },
    /** The page's data with the session's headers. */
    reply<D>(value: D, init: { status?: number } = {}) {
      return data(value, { ...init, headers });
    },
  };
}

export type SessionRoute = Awaited<ReturnType<typeof withSession>>;
