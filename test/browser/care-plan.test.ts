// The care plan pages in Chromium against the real system: the social worker writes and updates the plan
// (with the form's errors, and a conflict with a colleague), earlier versions stay readable, and each person
// sees their part of it — the IRO with the flags, the carer the arrangements only, the young person "Your plan".
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';

let system: System;
let ui: PortalUi;
let users: Record<'iro' | 'socialWorker' | 'carer' | 'young', string>;
let childId: string;
let planless: string;
let youngChildId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const socialWorker = await world.person('social_worker', 'Sol Quillow');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, givenName: 'Amara' });
  planless = await world.child({ iro: iro.id, socialWorker: socialWorker.id, givenName: 'Ben' });
  await world.place(childId, carer.id);
  const young = await world.youngPerson('2013-03-09', { iro: iro.id, socialWorker: socialWorker.id });
  youngChildId = young.childId;
  await world.carePlan(youngChildId, socialWorker.id, { permanencePlan: 'LONG_TERM_FOSTER_CARE' });
  users = {
    iro: iro.username,
    socialWorker: socialWorker.username,
    carer: carer.username,
    young: young.person.username,
  };
  ui = await openPortalUi(system, { trustProxy: false });
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

async function as(user: keyof typeof users): Promise<{ context: BrowserContext; page: Page }> {
  return ui.signedIn(users[user]);
}

const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';
const save = (page: Page) =>
  Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Save a new version' }).click()]);
const addAnother = (page: Page) =>
  Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Add another action' }).click()]);
const remove = (page: Page, name: string) =>
  Promise.all([page.waitForEvent('load'), page.getByRole('button', { name, exact: true }).click()]);
const radio = (page: Page, name: string, value: string) =>
  page.locator(`input[name="${name}"][value="${value}"]`).check({ force: true });

async function expectAccessible(page: Page, h1: string | RegExp) {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await axeViolations(page)).toEqual([]);
}

describe('the social worker', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await as('socialWorker'));
  });

  it('sees that there is no plan yet, with the way to write one', async () => {
    await page.goto(`/children/${childId}/plan`);
    await expectAccessible(page, 'Care plan');
    expect(await main(page)).toContain('There is no care plan yet.');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Write the care plan' }).click()]);
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/plan/edit`);
    await expectAccessible(page, 'Write the care plan');
  });

  it('is shown what to fix, with what they typed kept', async () => {
    // The form starts with one action row; "Add another action" posts it and brings it back with one more.
    expect(await page.locator('textarea[id$="-description"]').count()).toBe(1);
    await radio(page, 'permanencePlan', 'ADOPTION');
    await radio(page, 'parallelPlan', 'ADOPTION');
    await page.locator('#arrangement-HEALTH').fill('Annual health assessment');
    await addAnother(page);
    expect(await page.locator('textarea[id$="-description"]').count()).toBe(2);
    await expect(page.locator('#arrangement-HEALTH').inputValue()).resolves.toBe('Annual health assessment');
    await page.locator('#action-2-description').fill('Family finding for adoption');
    await radio(page, 'action-2-concerns', 'PERMANENCE');
    await save(page);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'The parallel plan must be different from the permanence plan',
    );
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('#action-2-description').inputValue()).resolves.toBe('Family finding for adoption');
    await expect(page.locator('#arrangement-HEALTH').inputValue()).resolves.toBe('Annual health assessment');
    await expectAccessible(page, 'Write the care plan');

    await radio(page, 'parallelPlan', 'NONE');
    await save(page);
    // Action 2 was the only one typed: the graph's "action 1" is the form's row 2.
    const summary = page.locator('.govuk-error-summary a');
    await expect(summary.first().textContent()).resolves.toBe('Say who owns action 1: a person or a role');
    await expect(summary.first().getAttribute('href')).resolves.toBe('#action-2-owner');
  });

  it('adds two actions with "Add another action" and removes one, keeping everything typed', async () => {
    await page.locator('#action-2-owner').fill('Family finding team');
    await addAnother(page);
    // Focus lands on the new row's first field (server-rendered autofocus, no JavaScript needed), inside the
    // fieldset whose legend a screen reader announces with it.
    const focused = () => page.evaluate(() => document.activeElement?.id ?? null);
    await expect(focused()).resolves.toBe('action-3-description');
    await expect(
      page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent),
    ).resolves.toBe('Action 3');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type('Life story work');
    await expect(page.locator('#action-3-description').inputValue()).resolves.toBe('Life story work');
    await radio(page, 'action-3-concerns', 'ARRANGEMENTS');
    await page.locator('#action-3-owner').fill('Foster carer');
    await addAnother(page);
    await expect(focused()).resolves.toBe('action-4-description');
    await page.locator('#action-4-description').fill('Swimming lessons');
    await radio(page, 'action-4-concerns', 'ARRANGEMENTS');
    await page.locator('#action-4-owner').fill('Carer');
    await expect(page.locator('#action-3-owner').inputValue()).resolves.toBe('Foster carer');
    await expectAccessible(page, 'Write the care plan');

    await remove(page, 'Remove action 4');
    expect(await page.locator('textarea[id$="-description"]').count()).toBe(3);
    // Only a row just added takes focus; no field does after "Remove".
    expect(await page.locator('[autofocus]').count()).toBe(0);
    expect(await main(page)).not.toContain('Swimming lessons');
    // Removing the empty first row moves the others up and numbers them again.
    await remove(page, 'Remove action 1');
    await expect(page.locator('#action-1-description').inputValue()).resolves.toBe('Family finding for adoption');
    await expect(page.locator('#action-2-description').inputValue()).resolves.toBe('Life story work');
    await expect(page.locator('#action-2-owner').inputValue()).resolves.toBe('Foster carer');
    expect(await page.locator('input[name="action-2-concerns"][value="ARRANGEMENTS"]').isChecked()).toBe(true);
    await expect(page.locator('#arrangement-HEALTH').inputValue()).resolves.toBe('Annual health assessment');
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    await expectAccessible(page, 'Write the care plan');
  });

  it('fits a phone 390 px wide, with no sideways scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize({ width: 1024, height: 768 });
    }
  });

  it('saves version 1 and is taken back to the plan, Enter in a field saving rather than removing a row', async () => {
    // Enter presses the form's first submit button: that must be "save", not action 1's "Remove".
    await Promise.all([page.waitForEvent('load'), page.locator('#action-1-owner').press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/plan`);
    const text = await main(page);
    expect(text).toContain('Version 1, saved by Sol Quillow');
    expect(text).toContain('Family finding for adoption');
    expect(text).toContain('Life story work');
    expect(text).not.toContain('Swimming lessons');
    expect(text).toContain('Annual health assessment');
    await expectAccessible(page, 'Care plan');
  });

  it('is told who saved in between and what they changed, keeping their own edits to save again', async () => {
    const { page: colleague } = await as('socialWorker');
    await page.goto(`/children/${childId}/plan/edit`);
    await colleague.goto(`/children/${childId}/plan/edit`);
    await colleague.locator('#arrangement-HEALTH').fill('Dentist every six months');
    await save(colleague);
    expect(new URL(colleague.url()).pathname).toBe(`/children/${childId}/plan`);

    await page.locator('#arrangement-EDUCATION').fill('Stays at Quillow Primary');
    await save(page);
    const text = await main(page);
    expect(text).toContain('Someone else saved this care plan while you were editing it');
    expect(text).toMatch(/Sol Quillow saved version 2 of this care plan on/);
    expect(text).toContain('Arrangements: Health');
    await expect(page.locator('#arrangement-EDUCATION').inputValue()).resolves.toBe('Stays at Quillow Primary');
    await expectAccessible(page, 'Update the care plan');

    await save(page);
    expect(await main(page)).toContain('Version 3, saved by Sol Quillow');
  });

  it('can read an earlier version, and gets "not found" for one that does not exist', async () => {
    await page.goto(`/children/${childId}/plan`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Version 1' }).click()]);
    await expectAccessible(page, 'Care plan: version 1');
    const text = await main(page);
    expect(text).toContain('This is an earlier version.');
    expect(text).toContain('Annual health assessment');
    expect((await page.goto(`/children/${childId}/plan/versions/99`))!.status()).toBe(404);
  });
});

describe('the IRO', () => {
  it('sees the flags, and cannot open the form', async () => {
    const { page } = await as('iro');
    await page.goto(`/children/${planless}/plan`);
    await expectAccessible(page, 'Care plan');
    expect(await page.locator('.govuk-warning-text').textContent()).toContain('There is no care plan for this child.');
    expect(await page.getByRole('button', { name: 'Write the care plan' }).count()).toBe(0);
    expect((await page.goto(`/children/${childId}/plan/edit`))!.status()).toBe(404);
  });
});

describe('the carer', () => {
  it('sees the arrangements and nothing of the permanence plan or actions', async () => {
    const { page } = await as('carer');
    await page.goto(`/children/${childId}/plan`);
    await expectAccessible(page, 'Care plan');
    const text = await main(page);
    // Version 3 is the social worker's re-save after the conflict: their form, which replaced the colleague's.
    expect(text).toContain('Stays at Quillow Primary');
    expect(text).not.toContain('Family finding');
    expect(text).not.toContain('Adoption');
    expect(text).not.toContain('Permanence');
  });
});

describe('the young person', () => {
  it('sees their own plan in plain words', async () => {
    const { page } = await as('young');
    await page.goto(`/children/${youngChildId}/plan`);
    await expectAccessible(page, 'Your plan');
    const text = await main(page);
    expect(text).toContain('Where you will grow up');
    expect(text).toContain('Staying with foster carers until you are grown up');
    expect((await page.goto(`/children/${childId}/plan`))!.status()).toBe(404);
  });
});
