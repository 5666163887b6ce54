import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { redirect } from 'react-router';
import { type FormError, readForm, submit } from '../../../forms.server';
import { type SessionRoute, withSession } from '../../../session-route.server';

// The loader and action every form that keeps a child's record shares (allocating an IRO, a change of legal status,
// the end of a period of care): the child's id from the route, the form's own data or the 404 the graph decides, and
// on send either the errors with everything typed kept, or back to the child's page.

/** The form's data (`load` throws the 404 for anyone the graph does not let do it) and the CSRF token. */
export async function recordFormLoader<D>(
  request: Request,
  params: { id: string },
  load: (session: SessionRoute, id: string) => Promise<D>,
) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  return session.reply({ csrfToken: session.csrfToken, ...(await load(session, id)) });
}

/**
 * Reads and checks the form (`read`), sends the mutation with the variables `variables` builds, and answers with the
 * errors and the values typed (400, or the graph's status) or a redirect to the child's page.
 */
export async function recordFormAction<V, T, Vars>(
  request: Request,
  params: { id: string },
  read: (form: FormData) => { values: V; errors: FormError[] },
  mutation: TypedDocumentNode<T, Vars>,
  variables: (childId: string, values: V) => Vars,
) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const { values, errors } = read(form);
  if (errors.length > 0) return session.reply({ values, errors }, { status: 400 });
  const outcome = await submit(request, session.signedIn, mutation, variables(id, values));
  if (!outcome.ok) return session.reply({ values, errors: outcome.errors }, { status: outcome.status });
  return redirect(`/children/${encodeURIComponent(id)}`, { headers: session.headers });
}
