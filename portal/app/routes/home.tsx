import { redirect } from 'react-router';
import type { Route } from './+types/home';
import { homeFor } from '../auth.server';
import { auth } from '../services.server';

/** "/" sends people to where their work starts: an IRO to the caseload, everyone else to their children. */
export async function loader({ request }: Route.LoaderArgs) {
  const signedIn = await auth().requireUser(request);
  return redirect(homeFor(signedIn.user.role), { headers: signedIn.headers });
}
