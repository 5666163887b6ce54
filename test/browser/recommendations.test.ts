// The review recommendation pages in Chromium against the real system: the IRO adds recommendations at a review
// (refused with an error summary while parts are missing), records an outcome at the next review, and reads the
// chain with its drift explained in words.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';

let system: System;
let ui: PortalUi;
let page: Page;
let childId: string;
let first: string;
let second: string;
let parentUsername: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  parentUsername = parent.username;
  childId = await world.child({
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-01-05',
    givenName: 'Amara',
  });
  await world.reviewHeld(childId, '2026-01-30', iro.id);
  await world.reviewHeld(childId, '2026-04-24', iro.id);
  [{ id: first }, { id: second }] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT id FROM care_planning.reviews WHERE child_id = $1 ORDER BY held_on',
    [childId],
  );
  ui = await openPortalUi(system);
  ({ page } = await ui.signedIn(iro.username));
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const submit = (name: string) => Promise.all([page.waitForEvent('load'), page.getByRole('button', { name }).click()]);
const main = async () => (await page.locator('main').textContent()) ?? '';

describe('review recommendations in the portal', () => {
  it('refuses a recommendation with parts missing, keeping what was typed, then adds it', async () => {
    await page.goto(`/children/${childId}/reviews/${first}/recommendations`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Recommendations at the review on 30 January 2026');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Recommendation', { exact: true }).fill('Arrange a dentist appointment');
    await submit('Add recommendation');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'A recommendation needs an owner (a person or a role), a due date and how it will be monitored',
    );
    await expect(page.getByLabel('Recommendation', { exact: true }).inputValue()).resolves.toBe(
      'Arrange a dentist appointment',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Owner: a person in the team').selectOption({ label: 'Sol Testmoor' });
    await page.locator('#dueDate').fill('1');
    await page.locator('#dueDate-month').fill('3');
    await page.locator('#dueDate-year').fill('2026');
    await page.getByLabel('How it will be monitored').fill('Checked at the next statutory visit');
    await submit('Add recommendation');
    expect(new URL(page.url()).search).toBe('?saved=added');
    expect(await main()).toContain('Recommendation added');
    expect(await main()).toContain('Arrange a dentist appointment – Sol Testmoor, due by 1 March 2026');
  });

  it('records a carry-forward at the next review, refusing it first without a reason', async () => {
    await page.goto(`/children/${childId}/reviews/${second}/recommendations`);
    expect(await main()).toContain('Arrange a dentist appointment');
    await page.getByRole('radio', { name: 'Carried forward' }).check();
    await submit('Save outcome for “Arrange a dentist appointment”');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter why the recommendation was not achieved',
    );
    await expect(page.getByRole('radio', { name: 'Carried forward' }).isChecked()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('textarea[name^="reason-"]').fill('Dental waiting list');
    await submit('Save outcome for “Arrange a dentist appointment”');
    expect(new URL(page.url()).search).toBe('?saved=outcome');
    expect(await main()).toContain('There are no open recommendations from earlier reviews waiting for an outcome');
  });

  it('shows the chain and the drift in words', async () => {
    await page.goto(`/children/${childId}/recommendations`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Review recommendations');
    const text = await main();
    expect(text).toContain('Made at the review on 30 January 2026');
    expect(text).toContain('Carried forward at the review on 24 April 2026');
    expect(text).toContain('Why it was not achieved: Dental waiting list');
    expect(text).toContain('Overdue: it was due by 1 March 2026 and has not been marked achieved or dropped.');
    expect(text).toContain('Carried forward with no new date');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a parent none, and not the IRO page at all', async () => {
    const { context, page: parentPage } = await ui.signedIn(parentUsername);
    await parentPage.goto(`/children/${childId}/recommendations`);
    expect(await parentPage.locator('main').textContent()).toContain('No recommendations have been recorded.');
    const res = await parentPage.goto(`/children/${childId}/reviews/${second}/recommendations`);
    expect(res?.status()).toBe(404);
    await context.close();
  });
});
