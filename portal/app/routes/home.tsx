import { redirect } from 'react-router';
import type { Route } from './+types/home';
import { homeFor } from '../auth.server';
import { withSession } from '../session-route.server';

/** "/" sends people to where their work starts: an IRO to the caseload, everyone else to their children. */
export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  return redirect(homeFor(session.user.role, session.user.audience), { headers: session.headers });
}
