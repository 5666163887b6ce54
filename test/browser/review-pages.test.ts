// The review pages in Chromium against the real system: the IRO schedules a review, the young person sends their
// views in their own words, the IRO records the meeting (first with a mistake), marks the decisions issued and
// publishes the outcome, which the young person then reads. Every page is checked with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let childId: string;
let users: Record<'iro' | 'youngPerson' | 'parent', string>;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  childId = await world.child({ iro: iro.id, parent: parent.id, since: '2026-09-07', givenName: 'Robin' });
  const youngPerson = await world.youngPersonAccount(childId, 'Robin Testwood');
  users = { iro: iro.username, youngPerson: youngPerson.username, parent: parent.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

async function pageFor(username: string): Promise<Page> {
  return (await ui.signedIn(username)).page;
}

async function expectAccessiblePage(page: Page, h1: string | RegExp): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await axeViolations(page)).toEqual([]);
}

async function submitAndWait(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).click()]);
}

async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

describe('review pages', () => {
  let reviewUrl: string;

  it('lets the IRO schedule a review, explaining a mistake first', async () => {
    const page = await pageFor(users.iro);
    await page.goto(`/children/${childId}/reviews`);
    await expectAccessiblePage(page, 'Reviews');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Schedule a review' }).click()]);
    await expectAccessiblePage(page, 'Schedule a review');
    await page.getByLabel('Venue (optional)').fill('Brackenford Library');
    await submitAndWait(page, 'Schedule the review');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Enter the date of the review');
    await expect(page.getByLabel('Venue (optional)').inputValue()).resolves.toBe('Brackenford Library');
    await expectAccessiblePage(page, 'Schedule a review');
    await fillDate(page, 'date', TODAY);
    await submitAndWait(page, 'Schedule the review');
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/reviews`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('23 November 2026');
    expect(main).toContain('Pat Testmoor');
    await expectAccessiblePage(page, 'Reviews');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'View the review' }).click()]);
    reviewUrl = new URL(page.url()).pathname;
    await expectAccessiblePage(page, 'Planned review');
  });

  it('asks the young person, in plain words, what they would like to say', async () => {
    const page = await pageFor(users.youngPerson);
    await page.goto(reviewUrl);
    await expectAccessiblePage(page, 'Your review');
    await page.getByLabel('What would you like to say before your review?').fill('I want to see my brother more.');
    await submitAndWait(page, 'Send to my IRO');
    expect(new URL(page.url()).pathname).toBe(reviewUrl);
    await expect(page.getByLabel('What would you like to say before your review?').inputValue()).resolves.toBe(
      'I want to see my brother more.',
    );
    await expectAccessiblePage(page, 'Your review');
  });

  it('lets the IRO record the meeting, then mark the decisions issued and publish the outcome', async () => {
    const page = await pageFor(users.iro);
    await page.goto(`${reviewUrl}/record`);
    await expectAccessiblePage(page, 'Record a review');
    await fillDate(page, 'heldOn', TODAY);
    await page.getByLabel('Venue', { exact: true }).fill('Brackenford Library');
    await page.getByLabel('Who attended').fill('Ivo Testmoor, IRO\nRobin Testwood, young person');
    await page.getByLabel(/^PN1:/).check();
    await page.getByLabel('Your summary of the review').fill('Robin is settled and wants more time with his brother.');
    // The private-words box is revealed under "Yes" (GOV.UK conditional reveal, by govuk-frontend's script).
    const privateWords = page.getByLabel('What the child said to you in private', { exact: true });
    expect(await privateWords.isVisible()).toBe(false);
    await page.getByRole('group', { name: 'Did the child speak to you in private?' }).getByLabel('Yes').check();
    expect(await privateWords.isVisible()).toBe(true);
    await expect(page.getByLabel('Yes', { exact: true }).getAttribute('aria-expanded')).resolves.toBe('true');
    await privateWords.fill('Worried about school.');
    // When they spoke in private is asked under the same "Yes": a GOV.UK date input, its error on that field.
    expect(await page.locator('#spokeToChildOn').isVisible()).toBe(true);
    await fillDate(page, 'spokeToChildOn', '2026-09-06');
    await submitAndWait(page, 'Save the record');
    const summaryLink = page.locator('.govuk-error-summary a');
    await expect(summaryLink.first().textContent()).resolves.toContain(
      'on or after 2026-09-07, when they came into care',
    );
    await expect(summaryLink.first().getAttribute('href')).resolves.toBe('#spokeToChildOn');
    await expect(page.locator('#spokeToChildOn-error').textContent()).resolves.toContain('came into care');
    await expect(privateWords.inputValue()).resolves.toBe('Worried about school.');
    await expect(page.locator('#spokeToChildOn-year').inputValue()).resolves.toBe('2026');
    await expectAccessiblePage(page, 'Record a review');
    await fillDate(page, 'spokeToChildOn', '2026-11-24');
    await submitAndWait(page, 'Save the record');
    await expect(summaryLink.first().textContent()).resolves.toContain('cannot be in the future');
    await fillDate(page, 'spokeToChildOn', '2026-11-20');
    await submitAndWait(page, 'Save the record');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('at least one decision');
    await expect(page.getByLabel('Your summary of the review').inputValue()).resolves.toContain('settled');
    await expectAccessiblePage(page, 'Record a review');
    await page.getByLabel('Decision 1', { exact: true }).fill('Sibling contact every fortnight');
    await submitAndWait(page, 'Save the record');
    expect(new URL(page.url()).pathname).toBe(reviewUrl);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Sibling contact every fortnight');
    expect(main).toContain('I want to see my brother more.');
    // Shown to the professionals on the review.
    await expect(
      page.locator('.govuk-summary-list__row', { hasText: 'IRO spoke to the child' }).textContent(),
    ).resolves.toContain('20 November 2026');
    await expectAccessiblePage(page, 'Review');

    // The portal's date boxes default to the real today; this system's today is pinned.
    await fillDate(page, 'decisionsIssued', TODAY);
    await submitAndWait(page, 'Mark decisions issued');
    await expect(page.locator('main').textContent()).resolves.toContain('Done on time');

    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Publish the outcome' }).click()]);
    await expectAccessiblePage(page, 'Publish the review outcome');
    await page
      .getByLabel('Letter to the child', { exact: true })
      .fill('Dear Robin, you asked to see your brother more, so we agreed every fortnight.');
    await page
      .getByRole('group', { name: 'Decisions in the letter to the child' })
      .getByLabel('Sibling contact every fortnight')
      .check();
    await submitAndWait(page, 'Publish');
    expect(new URL(page.url()).pathname).toBe(reviewUrl);
  });

  it('shows the young person their letter, and the parent nothing they were not sent', async () => {
    const page = await pageFor(users.youngPerson);
    await page.goto(reviewUrl);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Dear Robin');
    expect(main).toContain('Sibling contact every fortnight');
    expect(main).not.toContain('Worried about school.');
    expect(main).not.toContain('settled and wants');
    await expectAccessiblePage(page, 'Your review');

    const parent = await pageFor(users.parent);
    await parent.goto(reviewUrl);
    const parentMain = (await parent.locator('main').textContent()) ?? '';
    for (const hidden of ['Dear Robin', 'Worried about school.', 'I want to see my brother more.', 'Sibling contact']) {
      expect(parentMain).not.toContain(hidden);
    }
    await expectAccessiblePage(parent, 'Review');
  });

  it('offers the IRO a form for a review that was not planned, with its kind and reason', async () => {
    const page = await pageFor(users.iro);
    await page.goto(`/children/${childId}/reviews`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Record a review' }).click()]);
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/reviews/record`);
    expect(await page.getByRole('group', { name: 'Kind of review' }).count()).toBe(1);
    // The reason is asked only for an additional review: revealed when that kind is chosen.
    const reason = page.getByRole('group', { name: 'Reason for the additional review' });
    expect(await reason.isVisible()).toBe(false);
    await page.getByLabel('Additional review', { exact: true }).check();
    expect(await reason.isVisible()).toBe(true);
    await expectAccessiblePage(page, 'Record a review');
    await page.getByLabel('Statutory review', { exact: true }).check();
    expect(await reason.isVisible()).toBe(false);
  });

  it('shows the conditional fields without JavaScript, so the form still works', async () => {
    const context = await ui.browser.newContext({ baseURL: ui.portal.url, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const signedIn = (await ui.signedIn(users.iro)).context;
      await context.addCookies(await signedIn.cookies());
      await page.goto(`/children/${childId}/reviews/record`);
      expect(await page.getByRole('group', { name: 'Reason for the additional review' }).isVisible()).toBe(true);
      expect(await page.getByLabel('What the child said to you in private', { exact: true }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('fits a phone 390 px wide, with no sideways scroll', async () => {
    const page = await pageFor(users.iro);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/children/${childId}/reviews/record`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  it('shows a parent the 404 page for the IRO’s forms', async () => {
    const page = await pageFor(users.parent);
    const res = await page.goto(`/children/${childId}/reviews/new`);
    expect(res?.status()).toBe(404);
  });
});
