// The built portal, served by its own server (portal/server) as in production, in Chromium, against the real system: the
// gateway, both subgraphs and PostgreSQL (test/support/system.ts), with fictional data made through the domain
// functions (test/support/factories.ts). Every failure below is a real one: a wrong password, a tripped throttle,
// a forged form, rotated token keys, a subgraph that is down.
//
// One system, one portal and one browser for the file. The tests that break a part of the system come last, in
// the order they are written (vitest runs a file's tests in sequence), each breaking only what it needs.
import { FailureThrottle, disableAccount } from '@lac/gateway';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations, launchChromium, signIn as postSignIn } from './support/browser';
import { portalDatabaseEnv, startPortal, type RunningPortal } from './support/portal-server';

const TODAY = '2026-11-23';
/** the address a proxy in front of the portal says the browser has (TRUST_PROXY=true) */
const BROWSER_ADDRESS = '198.51.100.7';
const THROTTLE_LIMIT = 3;
const THROTTLE_WINDOW_MS = 5 * 60_000;
const UNKNOWN_CHILD = '5b5b5b5b-0000-4000-8000-000000000000';

let system: System;
let portal: RunningPortal;
let browser: Browser;
/** the gateway's sign-in throttle runs on this clock, so the test can let five minutes pass */
let clock = Date.now();
let users: Record<'iro' | 'parent' | 'carer' | 'socialWorker', string>;
let amara: string;
let ben: string;

beforeAll(async () => {
  system = await startSystem({
    today: TODAY,
    throttle: new FailureThrottle(THROTTLE_LIMIT, THROTTLE_WINDOW_MS, () => clock),
  });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  users = { iro: iro.username, parent: parent.username, carer: carer.username, socialWorker: socialWorker.username };

  // Caseload order is family name then given name: Amara (overdue), Ben (due soon), Chloe (on track), then 27 more.
  amara = await world.child({
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-01-05',
    givenName: 'Amara',
  });
  await world.legalStatus(amara, 'V2', '2026-01-05');
  await world.legalStatus(amara, 'C2', '2026-03-02');
  await world.reviewHeld(amara, '2026-01-30', iro.id);
  await world.reviewHeld(amara, '2026-04-24', iro.id); // next within 6 months: 24 October 2026, a Saturday
  await world.place(amara, carer.id, '2026-03-02');
  ben = await world.child({ iro: iro.id, since: '2026-11-02', givenName: 'Ben' }); // first review by 30 November 2026
  await world.child({ iro: iro.id, since: '2026-11-20', givenName: 'Chloe' }); // first review by 18 December 2026
  const since = ['2026-06-01', '2026-11-09', '2026-11-20'];
  for (let i = 1; i <= 27; i += 1) {
    await world.child({ iro: iro.id, since: since[i % since.length], givenName: `Zara${String(i).padStart(2, '0')}` });
  }

  portal = await startPortal({
    ...portalDatabaseEnv(system.roles),
    GATEWAY_URL: system.gateway.origin,
    SESSION_SECRET: 'e2e-session-secret-e2e-session-secret-0123',
    TRUST_PROXY: 'true',
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await system?.stop();
});

/**
 * A browser as seen through a proxy that appends the browser's address to X-Forwarded-For. axe-core needs an
 * injected inline script, so the contexts that run it bypass the page's CSP.
 */
async function newContext(options: { bypassCSP?: boolean; address?: string | null } = {}): Promise<BrowserContext> {
  const address = options.address === undefined ? BROWSER_ADDRESS : options.address;
  return browser.newContext({
    baseURL: portal.url,
    bypassCSP: options.bypassCSP ?? true,
    viewport: { width: 1024, height: 768 },
    extraHTTPHeaders: address ? { 'X-Forwarded-For': address } : {},
  });
}

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await postSignIn(page, username, password);
}

const path = (page: Page) => new URL(page.url()).pathname;
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function expectGovukPage(page: Page, h1: string | RegExp): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await page.locator('a.govuk-skip-link[href="#main-content"]').count()).toBe(1);
  expect(await page.locator('main#main-content.govuk-main-wrapper').count()).toBe(1);
  expect(await page.locator('header.govuk-header').count()).toBe(1);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await axeViolations(page)).toEqual([]);
}

describe('portal in a browser, against the real system', () => {
  it('serves the sign-in page in the GOV.UK template, with strict security headers', async () => {
    const res = await fetch(`${portal.url}/sign-in`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^lac_session=.*; Path=\/; HttpOnly; SameSite=Lax/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*nonce=)[^>]*>[^<]+<\/script>/); // every inline script carries the nonce
    // Served over HTTPS (as seen through a proxy), the cookie is Secure with the __Host- prefix.
    const https = await fetch(`${portal.url}/sign-in`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(https.headers.get('set-cookie')).toMatch(/^__Host-lac_session=.*; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=/);

    const context = await newContext();
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.title()).resolves.toBe('Sign in – Children in care portal');
    await expectGovukPage(page, 'Sign in');
    await context.close();
  });

  it('runs GOV.UK Frontend under the CSP with no violations, and the skip link comes first by keyboard', async () => {
    const context = await newContext({ bypassCSP: false });
    const page = await context.newPage();
    const problems: string[] = [];
    // (A 400 for the empty form is logged as "Failed to load resource"; that is expected.)
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()),
    );
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/sign-in');
    await page.waitForFunction(() => document.body.classList.contains('govuk-frontend-supported'));
    // Submitting empty: GOV.UK Frontend focuses the error summary (proves its JS ran).
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.govuk-error-summary');
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'));
    // Keyboard: the skip link is the first stop, and it leads to the main content.
    await page.goto('/sign-in');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('username');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows one message for a wrong password or an unknown user, keeps the username and clears the password', async () => {
    const context = await newContext({ address: '198.51.100.23' }); // its failures count against its own address
    const page = await context.newPage();
    await signIn(page, users.iro, 'not the password');
    expect(path(page)).toBe('/sign-in');
    await expect(page.title()).resolves.toBe('Error: Sign in – Children in care portal');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter a correct username and password',
    );
    await expect(page.getByLabel('Username').inputValue()).resolves.toBe(users.iro);
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain('not the password');
    await expectGovukPage(page, 'Sign in');
    const wrongPassword = await mainText(page);

    await signIn(page, 'nobody-by-that-name', 'not the password');
    expect((await mainText(page)).replaceAll('nobody-by-that-name', users.iro)).toBe(wrongPassword);
    await context.close();
  });

  it("tells the gateway's throttle the browser's address, so one address is stopped and another is not", async () => {
    // Behind the proxy: failures from one address block it (the gateway's real FailureThrottle, here with a limit of 3)...
    const blocked = await (await newContext({ address: '203.0.113.9' })).newPage();
    for (let i = 0; i < THROTTLE_LIMIT; i += 1) await signIn(blocked, `guess-${i}`, 'not the password');
    await signIn(blocked, users.iro);
    expect(path(blocked)).toBe('/sign-in');
    await expect(blocked.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Too many attempts. Wait 5 minutes and try again.',
    );
    await expectGovukPage(blocked, 'Sign in');
    // ...and not the next browser along.
    const other = await (await newContext()).newPage();
    await signIn(other, users.iro);
    expect(path(other)).toBe('/caseload');

    // With no proxy header, the gateway is told the TCP peer's address (127.0.0.1 here): block that one instead.
    const direct = await (await newContext({ address: null })).newPage();
    for (let i = 0; i < THROTTLE_LIMIT; i += 1) await signIn(direct, `guess-${i}`, 'not the password');
    await signIn(direct, users.parent);
    await expect(direct.locator('.govuk-error-summary').textContent()).resolves.toContain('Too many attempts');
    const proxied = await (await newContext({ address: '192.0.2.44' })).newPage();
    await signIn(proxied, users.parent);
    expect(path(proxied)).toBe('/home');

    // Five minutes on, both addresses may try again.
    clock += THROTTLE_WINDOW_MS + 1;
    await signIn(blocked, users.iro);
    expect(path(blocked)).toBe('/caseload');
    await signIn(direct, users.parent);
    expect(path(direct)).toBe('/home');
    for (const p of [blocked, other, direct, proxied]) await p.context().close();
  });

  it('takes an IRO to a paged caseload with review status tags', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.iro);
    expect(path(page)).toBe('/caseload');
    // By name, so the rows are in a known order (the default, most urgent first, is tested in caseload-triage).
    await page.goto('/caseload?sort=name');
    await expect(page.title()).resolves.toBe('Your caseload (page 1 of 2) – Children in care portal');
    await expect(mainText(page)).resolves.toContain('You have 30 children allocated to you.');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(25);
    await expect(rows.first().textContent()).resolves.toContain('Amara Testwood');
    await expect(rows.first().textContent()).resolves.toContain('15 June 2015');
    await expect(rows.first().textContent()).resolves.toContain('24 October 2026');
    await expect(rows.first().locator('.govuk-tag--red').textContent()).resolves.toBe('Overdue');
    await expect(rows.nth(1).textContent()).resolves.toContain('Ben Testwood');
    await expect(rows.nth(1).textContent()).resolves.toContain('30 November 2026');
    await expect(rows.nth(1).locator('.govuk-tag--yellow').textContent()).resolves.toBe('Due soon');
    await expect(rows.nth(2).textContent()).resolves.toContain('Chloe Testwood');
    await expect(rows.nth(2).textContent()).resolves.toContain('18 December 2026');
    await expect(rows.nth(2).locator('.govuk-tag--green').textContent()).resolves.toBe('On track');
    expect(await page.locator('tbody .govuk-tag').count()).toBe(25);
    await expectGovukPage(page, 'Your caseload');

    // The cookie holds a signed session id, never the access token (a JWT).
    const session = (await context.cookies()).find((c) => c.name === 'lac_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.value).not.toMatch(/eyJ[\w-]*\.eyJ[\w-]*\./);

    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Next page' }).click()]);
    expect(new URL(page.url()).search).toBe('?sort=name&page=2');
    expect(await page.locator('tbody tr').count()).toBe(5);
    await expect(page.locator('tbody tr').last().textContent()).resolves.toContain('Zara27 Testwood');
    await expect(page.title()).resolves.toBe('Your caseload (page 2 of 2) – Children in care portal');
    expect((await page.goto('/caseload?page=9'))!.status()).toBe(404);
    await context.close();
  });

  it('shows an IRO the child record, with the placement address', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.iro);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Amara Testwood' }).click()]);
    expect(path(page)).toBe(`/children/${amara}`);
    await expect(page.title()).resolves.toBe('Amara Testwood – Children in care portal');
    const main = await mainText(page);
    for (const text of [
      '15 June 2015',
      'Fernvale District Council',
      'Independent reviewing officer',
      'Ivo Testmoor',
      'Sol Testmoor',
      'Full care order (C2), since 2 March 2026',
      '24 October 2026',
      'Overdue',
      '23 October 2026',
      '2 reviews',
      '30 January 2026',
      '24 April 2026',
      '(U6)',
      '2 March 2026',
      'Cara Testmoor',
      '12 Quillow Lane',
      'Brackenford',
      'ZZ1 4AB',
    ]) {
      expect(main).toContain(text);
    }
    expect(main).not.toContain('(V2)'); // the ended legal status
    expect(main).not.toContain('cannot be shown');
    await expect(page.locator('details.govuk-details summary').textContent()).resolves.toContain(
      'How this date was worked out',
    );
    await expectGovukPage(page, 'Amara Testwood');
    await context.close();
  });

  it('never shows a birth parent an address row or the carer, and answers 404 alike for unknown and unrelated children', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.parent);
    expect(path(page)).toBe('/home');
    await page.goto('/children');
    await expect(page.locator('table').textContent()).resolves.toContain('Amara Testwood');
    await expectGovukPage(page, 'Children');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Amara Testwood' }).click()]);
    expect(path(page)).toBe(`/children/${amara}`);
    const main = await mainText(page);
    expect(main).toContain('Parent');
    expect(main).toContain('Full care order (C2)');
    expect(main).toContain('(U6)'); // that there is a placement, but not where, nor (the graph withholds it) who with
    expect(main).not.toMatch(/address|Quillow|Brackenford|ZZ1|Cara Testmoor/i);
    expect(await page.locator('.govuk-summary-list__key', { hasText: /address/i }).count()).toBe(0);
    await expectGovukPage(page, 'Amara Testwood');

    const unrelated = await page.goto(`/children/${ben}`);
    expect(unrelated!.status()).toBe(404);
    const unrelatedHtml = await page.locator('main').innerHTML();
    for (const unknown of [UNKNOWN_CHILD, 'no-such-child']) {
      const missing = await page.goto(`/children/${unknown}`);
      expect(missing!.status()).toBe(404);
      expect(await page.locator('main').innerHTML()).toBe(unrelatedHtml);
    }
    await expect(page.title()).resolves.toBe('Page not found – Children in care portal');
    await expectGovukPage(page, 'Page not found');
    expect((await page.goto('/no/such/page'))!.status()).toBe(404);
    await context.close();
  });

  it('lists for a foster carer the child placed with them, and only that child', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.carer);
    expect(path(page)).toBe('/home');
    await page.goto('/children');
    const table = (await page.locator('table').textContent()) ?? '';
    expect(table).toContain('Amara Testwood');
    expect(table).toContain('Carer');
    expect(await page.locator('tbody tr').count()).toBe(1);
    await expectGovukPage(page, 'Children');
    expect((await page.goto(`/children/${ben}`))!.status()).toBe(404);
    await context.close();
  });

  it('answers 403 to a form without the right CSRF token, and changes nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.iro);
    const bad = await page.request.post('/sign-out', { form: { csrfToken: 'forged' }, maxRedirects: 0 });
    expect(bad.status()).toBe(403);
    expect(await bad.text()).not.toMatch(/at \w+ \(|node_modules/);
    const none = await page.request.post('/sign-out', { form: {}, maxRedirects: 0 });
    expect(none.status()).toBe(403);
    const anon = await newContext();
    const forged = await anon.request.post('/sign-in', {
      form: { username: users.iro, password: PASSWORD, csrfToken: 'x' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    await anon.close();
    await page.goto('/caseload');
    expect(path(page)).toBe('/caseload'); // still signed in
    await context.close();
  });

  it('signs out with a POST and the session is gone', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.carer);
    expect(path(page)).toBe('/home');
    const before = (await context.cookies()).find((c) => c.name === 'lac_session')!.value;
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out' }).click()]);
    expect(path(page)).toBe('/sign-in');
    expect((await context.cookies()).find((c) => c.name === 'lac_session')?.value).not.toBe(before);
    await page.goto('/children');
    expect(path(page)).toBe('/sign-in');
    // The old cookie, replayed, is no session either.
    await context.addCookies([{ name: 'lac_session', value: before, url: portal.url }]);
    await page.goto('/children');
    expect(path(page)).toBe('/sign-in');
    const getSignOut = await page.request.get('/sign-out', { maxRedirects: 0 });
    expect(getSignOut.status()).toBe(405);
    await context.close();
  });

  it('ends the session of an account disabled while signed in, on its next request', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.socialWorker);
    expect(path(page)).toBe('/children');
    await page.goto(`/children/${amara}`);
    expect(path(page)).toBe(`/children/${amara}`);
    expect(await disableAccount(system.gateway.dataSource, users.socialWorker)).toBe(true);
    await page.goto(`/children/${amara}`);
    expect(path(page)).toBe('/sign-in');
    await page.goto('/children');
    expect(path(page)).toBe('/sign-in'); // the session was ended, not just this page refused
    await signIn(page, users.socialWorker);
    expect(path(page)).toBe('/sign-in');
    await context.close();
  });

  // From here on, parts of the system are broken for real, in this order: the gateway's token keys are rotated
  // (the system still works afterwards), then the placements subgraph stops, then the care-planning subgraph.

  it('sends the user to sign-in when the gateway rejects the token (its keys were rotated)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.iro);
    expect(path(page)).toBe('/caseload');
    // The same gateway, restarted on the same address under a new user-token key pair: the portal's token is void.
    await system.restartGateway({ rotateUserKeys: true });
    await page.goto(`/children/${amara}`);
    expect(path(page)).toBe('/sign-in');
    await page.goto('/');
    expect(path(page)).toBe('/sign-in'); // the session was ended, not just this page refused
    await signIn(page, users.iro); // a new token, under the new key
    expect(path(page)).toBe('/caseload');
    await context.close();
  });

  it('keeps the rest of the child page when the placement part of the graph fails (placements subgraph stopped)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.iro);
    await system.subgraphs.placements.stop();
    const res = await page.goto(`/children/${amara}`);
    expect(res!.status()).toBe(200);
    const main = await mainText(page);
    expect(main).toContain('This part of the record could not be loaded. Try again later.');
    expect(main).toContain('Fernvale District Council');
    expect(main).toContain('Full care order (C2)');
    expect(main).not.toMatch(/Quillow|Cara Testmoor|ECONNREFUSED|127\.0\.0\.1/);
    await expectGovukPage(page, 'Amara Testwood');
    await context.close();
  });

  it('shows the GOV.UK error page, not internals, when the graph fails (care-planning subgraph stopped)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, users.iro);
    await system.subgraphs['care-planning'].stop();
    const res = await page.goto('/caseload');
    expect(res!.status()).toBe(502);
    await expect(page.title()).resolves.toBe('Sorry, there is a problem with the service – Children in care portal');
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|care-planning|127\.0\.0\.1|:\d{4,5}\/graphql|TCPConnectWrap|at \w+ \(/);
    await expectGovukPage(page, 'Sorry, there is a problem with the service');
    await context.close();
  });
});
