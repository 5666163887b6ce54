import type { DocumentTypeDecoration, ResultOf } from '@graphql-typed-document-node/core';

/** An operation written with `graphql(...)` from test/graphql/generated: its source, typed by the schema. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  raw: string;
}

/** A typed operation posted as written, answered with its generated result type. */
export function postTypedGraphQL<TResult, TVariables>(
  url: string,
  token: string | null,
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
): Promise<GraphQLResponse<TResult>> {
  return postGraphQL<TResult>(url, token, document.toString(), variables as Record<string, unknown> | undefined);
}

/** One GraphQL POST, answered with the parsed body and the raw text (the security suite compares raw bytes). */
export async function postGraphQL<T>(
  url: string,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  let body: { data?: T | null; errors?: GraphQLResponse<T>['errors'] } = {};
  try {
    body = JSON.parse(raw);
  } catch {
    // leave body empty: the caller asserts on status and raw
  }
  return { status: res.status, data: body.data, errors: body.errors, raw };
}

/**
 * The same document with its variables unchecked: for tests that send inputs the schema or the service must refuse
 * (a missing field, a wrong date), which the generated variable types would not let them write. Results stay typed.
 */
export function withUncheckedVariables<D extends TypedDocument<unknown, never>>(
  document: D,
): TypedDocument<ResultOf<D>, Record<string, unknown>> {
  return document as unknown as TypedDocument<ResultOf<D>, Record<string, unknown>>;
}
