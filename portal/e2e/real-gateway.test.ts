// The portal against the real gateway and subgraphs from main (test/support), with fictional data built through
// the domain functions. Belongs in /test/browser once the portal lands there; typechecked from there (the portal's
// own tsconfig leaves it out because it pulls in the whole server side).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, World } from '../../test/support/factories';
import { startSystem, type System } from '../../test/support/system';
import { axeViolations, launchChromium, signIn as postSignIn } from './browser';
import { startPortal, type RunningPortal } from './portal-server';
const TODAY = '2026-11-23';

let system: System;
let portal: RunningPortal;
let browser: Browser;
let users: Record<'iro' | 'parent' | 'carer', string>;
let childId: string;
let otherChildId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  childId = await world.child({ iro: iro.id, parent: parent.id, givenName: 'Robin' });
  otherChildId = await world.child({ iro: iro.id, givenName: 'Sasha' });
  await world.place(childId, carer.id);
  users = { iro: iro.username, parent: parent.username, carer: carer.username };
  portal = await startPortal({
    DATABASE_URL: system.databaseUrl,
    GATEWAY_URL: system.gateway.origin,
    SESSION_SECRET: 'e2e-session-secret-e2e-session-secret-0123',
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await system?.stop();
});

async function page(): Promise<Page> {
  const context = await browser.newContext({ baseURL: portal.url, bypassCSP: true });
  return context.newPage();
}

async function signIn(p: Page, username: string, password = PASSWORD): Promise<void> {
  await postSignIn(p, username, password);
}

const axe = async (p: Page) => (await axeViolations(p)).map((v) => v.id);

describe('portal against the real gateway', () => {
  it('refuses a wrong password with the one message', async () => {
    const p = await page();
    await signIn(p, users.iro, 'not the password');
    await expect(p.locator('.govuk-error-summary').textContent()).resolves.toContain('Enter a correct username and password');
    await expect(p.getByLabel('Username').inputValue()).resolves.toBe(users.iro);
    await p.context().close();
  });

  it('gives an IRO the caseload and the full child record, address included', async () => {
    const p = await page();
    await signIn(p, users.iro);
    expect(new URL(p.url()).pathname).toBe('/caseload');
    const table = (await p.locator('table').textContent()) ?? '';
    expect(table).toContain('Robin Testwood');
    expect(table).toContain('Sasha Testwood');
    expect(await p.locator('tbody .govuk-tag').count()).toBe(2);
    expect(await axe(p)).toEqual([]);
    await Promise.all([p.waitForEvent('load'), p.getByRole('link', { name: 'Robin Testwood' }).click()]);
    expect(new URL(p.url()).pathname).toBe(`/children/${childId}`);
    const main = (await p.locator('main').textContent()) ?? '';
    expect(main).toContain('Fernvale District Council');
    expect(main).toContain('Ivo Testmoor');
    expect(main).toContain('Cara Testmoor');
    expect(main).toContain('12 Quillow Lane');
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('shows a birth parent their child without any address, and 404 for another child', async () => {
    const p = await page();
    await signIn(p, users.parent);
    expect(new URL(p.url()).pathname).toBe('/children');
    await Promise.all([p.waitForEvent('load'), p.getByRole('link', { name: 'Robin Testwood' }).click()]);
    const main = (await p.locator('main').textContent()) ?? '';
    expect(main).toContain('Robin Testwood');
    expect(main).not.toMatch(/Quillow|ZZ1 4AB|Brackenford|address/i);
    expect((await p.goto(`/children/${otherChildId}`))!.status()).toBe(404);
    await expect(p.locator('h1').textContent()).resolves.toBe('Page not found');
    expect((await p.goto('/children/5b5b5b5b-0000-4000-8000-000000000000'))!.status()).toBe(404);
    await p.context().close();
  });

  it('lists for a foster carer the child placed with them', async () => {
    const p = await page();
    await signIn(p, users.carer);
    expect(new URL(p.url()).pathname).toBe('/children');
    const table = (await p.locator('table').textContent()) ?? '';
    expect(table).toContain('Robin Testwood');
    expect(table).not.toContain('Sasha');
    await p.context().close();
  });
});
