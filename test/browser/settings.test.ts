// The IRO manager's settings page in the built portal, in Chromium: the local authority's timescales, what families
// are told about the IRO and the challenge stages, with the history of who changed what; axe-clean, errors named
// with what was typed kept, and no page at all for anyone else.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let users: Record<'manager' | 'socialWorker', string>;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const manager = await world.person('iro_manager', 'Mona Testmoor');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  users = { manager: manager.username, socialWorker: socialWorker.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function press(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button, exact: true }).click()]);
}

async function accessible(page: Page): Promise<void> {
  await expect(page.locator('h1').textContent()).resolves.toBe('Local authority settings');
  expect(await axeViolations(page)).toEqual([]);
}

describe('the local authority’s settings', () => {
  it('the manager changes them, and the page says who changed what', async () => {
    const page = (await ui.signedIn(users.manager)).page;
    await page.goto('/oversight');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Local authority settings', exact: true }).click(),
    ]);
    await accessible(page);
    expect(await main(page)).toContain('No one has changed these settings yet');

    // Later than the IRO Handbook allows: the graph names the field; what was typed stays.
    await page.getByLabel('Working days to complete the full record of the review').fill('25');
    await page.getByLabel('Their work email', { exact: true }).check();
    await press(page, 'Save settings');
    expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
      expect.stringMatching(/full record must be a whole number of working days from 1 to 20/),
    ]);
    await expect(page.getByLabel('Working days to complete the full record of the review').inputValue()).resolves.toBe(
      '25',
    );
    await expect(page.getByLabel('Their work email', { exact: true }).isChecked()).resolves.toBe(true);
    await accessible(page);

    await page.getByLabel('Working days to complete the full record of the review').fill('15');
    // Remove the third stage by emptying its row.
    await page.locator('#stage-2-name').fill('');
    await page.locator('#stage-2-days').fill('');
    await press(page, 'Save settings');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Settings saved');
    await accessible(page);
    const history = (await page.locator('table').textContent()) ?? '';
    expect(history).toContain('Mona Testmoor');
    expect(history).toContain('Full record: 20 → 15 working days');
    expect(history).toContain('IRO contact shown to families: name only → work email');
    expect(history).toMatch(
      /Challenge stages: .*3\. Director of children's services \(10\) → 1\. Team manager \(5\); 2\. Head of service \(10\)$/m,
    );
    await expect(page.locator('#stage-2-name').inputValue()).resolves.toBe('');

    // On a 390 px phone the page, its history table included, does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }, 90_000);

  it('is no page at all for anyone else', async () => {
    const page = (await ui.signedIn(users.socialWorker)).page;
    const res = await page.goto('/settings');
    expect(res?.status()).toBe(404);
  }, 60_000);
});
