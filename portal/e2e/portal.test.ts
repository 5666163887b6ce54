import { createTestDatabase } from '@lac/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, signIn as postSignIn } from './browser';
import { startPortal, type RunningPortal } from './portal-server';
import { startStubGateway, type StubGateway } from './stub-gateway';

const PASSWORD = 'correct horse';

let gateway: StubGateway;
let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  gateway = await startStubGateway();
  portal = await startPortal({
    DATABASE_URL: await createTestDatabase(inject('databaseUrl'), 'portal_e2e'),
    GATEWAY_URL: gateway.url,
    SESSION_SECRET: 'e2e-session-secret-e2e-session-secret-0123',
    TRUST_PROXY: 'true',
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await gateway?.close();
});

/** axe-core needs an injected inline script, so the contexts that run it bypass the page's CSP. */
async function newContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: portal.url,
    bypassCSP: options.bypassCSP ?? true,
    viewport: { width: 1024, height: 768 },
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.7' },
  });
}

async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await postSignIn(page, username, password);
}

async function expectGovukPage(page: Page, h1: string | RegExp): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await page.locator('a.govuk-skip-link[href="#main-content"]').count()).toBe(1);
  expect(await page.locator('main#main-content.govuk-main-wrapper').count()).toBe(1);
  expect(await page.locator('header.govuk-header').count()).toBe(1);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await axeViolations(page)).toEqual([]);
}

describe('portal in a browser (stub gateway)', () => {
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
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
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
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('username');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows one message for a wrong password, keeps the username and clears the password', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'iris', 'wrong');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.title()).resolves.toBe('Error: Sign in – Children in care portal');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Enter a correct username and password');
    await expect(page.getByLabel('Username').inputValue()).resolves.toBe('iris');
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
    expect(await page.content()).not.toContain('wrong');
    await expectGovukPage(page, 'Sign in');

    await signIn(page, 'locked', 'whatever');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Too many attempts. Wait 5 minutes and try again.');
    expect(gateway.forwardedFor.at(-1)).toBe('198.51.100.7');
    await context.close();

    // Without a proxy in front, the gateway is told the TCP peer's address.
    const direct = await browser.newContext({ baseURL: portal.url, bypassCSP: true });
    const directPage = await direct.newPage();
    await signIn(directPage, 'locked', 'whatever');
    expect(gateway.forwardedFor.at(-1)).toBe('127.0.0.1');
    await direct.close();
  });

  it('takes an IRO to a paged caseload with review status tags', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'iris');
    expect(new URL(page.url()).pathname).toBe('/caseload');
    await expect(page.title()).resolves.toBe('Your caseload (page 1 of 2) – Children in care portal');
    await expect(page.locator('main').textContent()).resolves.toContain('You have 30 children allocated to you.');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(25);
    await expect(rows.first().textContent()).resolves.toContain('Amara Smith');
    await expect(rows.first().textContent()).resolves.toContain('1 February 2025');
    await expect(rows.first().locator('.govuk-tag--red').textContent()).resolves.toBe('Overdue');
    await expect(rows.nth(1).locator('.govuk-tag--yellow').textContent()).resolves.toBe('Due soon');
    await expect(rows.nth(2).locator('.govuk-tag--green').textContent()).resolves.toBe('On track');
    await expectGovukPage(page, 'Your caseload');

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'lac_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.value).not.toContain('t1-');

    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Next page' }).click()]);
    expect(new URL(page.url()).search).toBe('?page=2');
    expect(await page.locator('tbody tr').count()).toBe(5);
    await expect(page.title()).resolves.toBe('Your caseload (page 2 of 2) – Children in care portal');
    expect((await page.goto('/caseload?page=9'))!.status()).toBe(404);
    await context.close();
  });

  it('shows an IRO the child record, with the placement address the graph returned', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'iris');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Amara Smith' }).first().click()]);
    expect(new URL(page.url()).pathname).toBe('/children/c-1');
    await expect(page.title()).resolves.toBe('Amara Smith – Children in care portal');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const text of ['10 January 2010', 'Northshire County Council', 'Independent reviewing officer', 'Sam Social',
      'Full care order (C2)', '1 February 2025', 'Overdue', '1 August 2024', 'Fran Carer', '1 Secret Lane', 'HT1 1AA']) {
      expect(main).toContain(text);
    }
    expect(main).not.toContain('section 20'); // ended legal status
    await expect(page.locator('details.govuk-details summary').textContent()).resolves.toContain('How this date was worked out');
    await expectGovukPage(page, 'Amara Smith');
    await context.close();
  });

  it('never shows a birth parent an address row, and answers 404 alike for unknown and unrelated children', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'pat');
    expect(new URL(page.url()).pathname).toBe('/children');
    await expectGovukPage(page, 'Children');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Amara Smith' }).click()]);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Fran Carer');
    expect(main).not.toMatch(/address|Secret Lane|Hiddenton|HT1/i);
    expect(await page.locator('.govuk-summary-list__key', { hasText: /address/i }).count()).toBe(0);

    const unrelated = await page.goto('/children/c-2');
    expect(unrelated!.status()).toBe(404);
    const unrelatedHtml = await page.locator('main').innerHTML();
    const missing = await page.goto('/children/no-such-child');
    expect(missing!.status()).toBe(404);
    expect(await page.locator('main').innerHTML()).toBe(unrelatedHtml);
    await expect(page.title()).resolves.toBe('Page not found – Children in care portal');
    await expectGovukPage(page, 'Page not found');
    expect((await page.goto('/no/such/page'))!.status()).toBe(404);
    await context.close();
  });

  it('keeps the rest of the child page when the placement part of the graph fails', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'iris');
    const res = await page.goto('/children/c-3');
    expect(res!.status()).toBe(200);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Placement details cannot be shown at the moment');
    expect(main).toContain('Northshire County Council');
    await expectGovukPage(page, /Chloe Patel/);
    await context.close();
  });

  it('answers 403 to a form without the right CSRF token, and changes nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'iris');
    const bad = await page.request.post('/sign-out', { form: { csrfToken: 'forged' }, maxRedirects: 0 });
    expect(bad.status()).toBe(403);
    expect(await bad.text()).not.toMatch(/at \w+ \(|node_modules/);
    const none = await page.request.post('/sign-out', { form: {}, maxRedirects: 0 });
    expect(none.status()).toBe(403);
    const anon = await browser.newContext({ baseURL: portal.url });
    const forged = await anon.request.post('/sign-in', { form: { username: 'iris', password: PASSWORD, csrfToken: 'x' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    await anon.close();
    await page.goto('/caseload');
    expect(new URL(page.url()).pathname).toBe('/caseload'); // still signed in
    await context.close();
  });

  it('signs out with a POST and the session is gone', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'fran');
    expect(new URL(page.url()).pathname).toBe('/children');
    const before = (await context.cookies()).find((c) => c.name === 'lac_session')!.value;
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect((await context.cookies()).find((c) => c.name === 'lac_session')?.value).not.toBe(before);
    await page.goto('/children');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    const getSignOut = await page.request.get('/sign-out', { maxRedirects: 0 });
    expect(getSignOut.status()).toBe(405);
    await context.close();
  });

  it('sends the user to sign-in when the gateway rejects the token', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'revoked');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('shows the GOV.UK error page, not internals, when the graph fails', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, 'broken');
    const res = await page.goto('/caseload');
    expect(res!.status()).toBe(502);
    await expect(page.title()).resolves.toBe('Sorry, there is a problem with the service – Children in care portal');
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|TCPConnectWrap|at \w+ \(/);
    await expectGovukPage(page, 'Sorry, there is a problem with the service');
    await context.close();
  });
});
