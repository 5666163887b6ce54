import { data } from 'react-router';
import type { Route } from './+types/sign-out';
import { auth } from '../../services.server';

/** POST only: checks the CSRF token, destroys the session and its cookie, then goes to sign-in. */
export async function action({ request }: Route.ActionArgs) {
  return auth().signOutAction(request);
}

export function loader() {
  throw data(null, { status: 405, statusText: 'Method Not Allowed', headers: { Allow: 'POST' } });
}

export default function SignOut() {
  return null;
}
