// The child's channel to their IRO and IRO challenges in the built portal, in Chromium, against the real system.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let users: Record<'iro' | 'youngPerson' | 'socialWorker' | 'parent', string>;
let robin: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Quillow');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const young = await world.youngPerson('2013-05-02', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    givenName: 'Robin',
  });
  robin = young.childId;
  users = {
    iro: iro.username,
    youngPerson: young.person.username,
    socialWorker: socialWorker.username,
    parent: parent.username,
  };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

async function as(username: string): Promise<{ context: BrowserContext; page: Page }> {
  return ui.signedIn(username);
}

async function accessible(page: Page, h1: string | RegExp) {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await axeViolations(page)).toEqual([]);
}

const submitAndWait = (page: Page, button: string) =>
  Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).first().click()]);

describe('messages to the IRO', () => {
  it('lets the young person message their IRO, with errors shown when the message is empty', async () => {
    const { context, page } = await as(users.youngPerson);
    await page.goto(`/children/${robin}/messages`);
    await accessible(page, 'Message your IRO');
    await expect(page.locator('main').textContent()).resolves.toContain('Your IRO is Ivy Quillow.');
    await submitAndWait(page, 'Send');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Enter your message');
    await accessible(page, 'Message your IRO');
    await page.getByLabel('What do you want to tell your IRO?').fill('Can I stay at Quillow Lane for Christmas?');
    await submitAndWait(page, 'Send');
    await expect(page.locator('main').textContent()).resolves.toContain('Can I stay at Quillow Lane for Christmas?');
    await expect(page.locator('main').textContent()).resolves.toContain('Your IRO has not replied yet.');
    await context.close();
  });

  it('lets the IRO reply and refuses a share without a reason; the young person then sees what the IRO did', async () => {
    const { context, page } = await as(users.iro);
    await page.goto(`/children/${robin}/messages`);
    await accessible(page, 'Messages from Robin');
    await page.getByText('Share this message for safeguarding').click();
    await submitAndWait(page, 'Share for safeguarding');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toMatch(/Enter why you are sharing/);
    await accessible(page, 'Messages from Robin');
    await page.getByLabel('Reply to Robin').fill('I asked your carer and you can stay for Christmas.');
    await submitAndWait(page, 'Send reply');
    await context.close();

    const child = await as(users.youngPerson);
    await child.page.goto(`/children/${robin}/messages`);
    await expect(child.page.locator('main').textContent()).resolves.toContain(
      'I asked your carer and you can stay for Christmas.',
    );
    await child.context.close();
  });

  it('is not found for the social worker and the parent', async () => {
    for (const user of [users.socialWorker, users.parent]) {
      const { context, page } = await as(user);
      expect((await page.goto(`/children/${robin}/messages`))!.status()).toBe(404);
      await context.close();
    }
  });
});

describe('IRO challenges', () => {
  it('lets the IRO raise, escalate and see a conflict, and shows the social worker; not the parent', async () => {
    const { context, page } = await as(users.iro);
    await page.goto(`/children/${robin}/challenges/new`);
    await accessible(page, 'Raise a challenge');
    await submitAndWait(page, 'Raise challenge');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toMatch(/Choose the level/);
    await accessible(page, 'Raise a challenge');
    await page.getByLabel('What is your concern?').fill('No permanence plan at the second review');
    await page.getByLabel('IRO alert').check();
    await page.getByLabel('Who is it raised with?').fill('Team manager');
    await page.getByLabel('Day').fill('2');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('2026');
    await submitAndWait(page, 'Raise challenge');
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/children/${robin}/challenges/[0-9a-f-]{36}$`));
    await accessible(page, /Challenge: No permanence plan/);
    await expect(page.locator('main').textContent()).resolves.toContain('16 November 2026');
    await expect(page.locator('main').textContent()).resolves.toContain('Overdue');

    // A second tab escalates first; this one is now stale.
    const stale = await context.newPage();
    await stale.goto(page.url());
    const escalate = page.locator('form', { has: page.getByRole('button', { name: 'Escalate' }) });
    await escalate.getByLabel('Day').fill('20');
    await escalate.getByLabel('Month').fill('11');
    await escalate.getByLabel('Year').fill('2026');
    await submitAndWait(page, 'Escalate');
    await expect(page.locator('main').textContent()).resolves.toContain('Formal stage 1: Team manager');
    const staleForm = stale.locator('form', { has: stale.getByRole('button', { name: 'Escalate' }) });
    await staleForm.getByLabel('Day').fill('23');
    await staleForm.getByLabel('Month').fill('11');
    await staleForm.getByLabel('Year').fill('2026');
    const [response] = await Promise.all([
      stale.waitForResponse((r) => r.request().method() === 'POST'),
      stale.getByRole('button', { name: 'Escalate' }).first().click(),
    ]);
    expect(response.status()).toBe(409);
    await stale.waitForSelector('.govuk-error-summary');
    await expect(stale.locator('.govuk-error-summary').textContent()).resolves.toMatch(/escalated to Team manager/);
    await context.close();

    const sw = await as(users.socialWorker);
    await sw.page.goto(`/children/${robin}/challenges`);
    await accessible(sw.page, 'IRO challenges');
    await expect(sw.page.locator('main').textContent()).resolves.toContain('No permanence plan at the second review');
    expect(await sw.page.getByRole('button', { name: 'Raise a challenge' }).count()).toBe(0);
    await sw.context.close();

    const parent = await as(users.parent);
    expect((await parent.page.goto(`/children/${robin}/challenges`))!.status()).toBe(404);
    await parent.context.close();
  });
});
