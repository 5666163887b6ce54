// How the bench asks: the gateway as the portal does (a bearer token), the portal as a signed-in person does (its
// session cookie, after the sign-in form), and PostgreSQL for the floor.
const TIMEOUT_MS = 30_000;

export async function signInToGateway(gatewayUrl, username, password) {
  const res = await fetch(`${gatewayUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`gateway sign-in as ${username}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

/** A GraphQL request; an HTTP error, an `errors` entry or a timeout throws. */
export async function gql(graphqlUrl, token, query, variables) {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = await res.json();
  if (res.status !== 200 || body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const cookiesOf = (res) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/** Signs in through the portal's form (CSRF token and all); returns the session cookie a browser would hold. */
export async function signInToPortal(portalUrl, username, password) {
  const page = await fetch(`${portalUrl}/sign-in`, { redirect: 'manual' });
  const html = await page.text();
  const csrf =
    /name="csrfToken"[^>]*value="([^"]+)"/.exec(html)?.[1] ?? /value="([^"]+)"[^>]*name="csrfToken"/.exec(html)?.[1];
  if (!csrf) throw new Error('the portal sign-in page has no csrfToken field');
  const res = await fetch(`${portalUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(page) },
    body: new URLSearchParams({ username, password, csrfToken: csrf }),
  });
  if (res.status !== 302 && res.status !== 303) throw new Error(`portal sign-in as ${username}: HTTP ${res.status}`);
  return cookiesOf(res);
}

/** A page as a signed-in person gets it: the whole HTML, which must be a 200. */
export async function portalPage(portalUrl, cookie, pathname) {
  const res = await fetch(`${portalUrl}${pathname}`, {
    headers: { cookie },
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`GET ${pathname}: HTTP ${res.status}`);
  return html;
}
