// Starting a child's record in the built portal, in Chromium, against the real system: a social worker records a
// child coming into care (first with mistakes the form and the graph name), the IRO manager allocates an IRO from
// the authority's IROs with their caseloads, and the child appears on that IRO's caseload with the first review due
// 20 working days after care began (docs/domain.md#review-timescales). Each page is checked with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

/** A Monday. Care starts Monday 16 November 2026, so the first review is due by Monday 14 December 2026. */
const TODAY = '2026-11-23';
const CHILD = 'Robin Quillfeather';

let system: System;
let ui: PortalUi;
let users: Record<'socialWorker' | 'manager' | 'iro', string>;
let childPath: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const socialWorker = await world.person('social_worker', 'Sol Quillfeather');
  const manager = await world.person('iro_manager', 'Mona Quillfeather');
  const iro = await world.person('iro', 'Ivy Quillfeather');
  await world.person('iro', 'Ari Quillfeather');
  await world.child({ iro: iro.id, givenName: 'Ash' });
  users = { socialWorker: socialWorker.username, manager: manager.username, iro: iro.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

async function accessible(page: Page, h1: string | RegExp): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toMatch(h1);
  expect(await axeViolations(page)).toEqual([]);
}

const path = (page: Page) => new URL(page.url()).pathname;
const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function follow(page: Page, link: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: link, exact: true }).first().click()]);
}

async function press(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button, exact: true }).click()]);
}

async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

async function errorSummary(page: Page): Promise<string[]> {
  return page.locator('.govuk-error-summary__list a').allTextContents();
}

describe('a child coming into care', () => {
  it('the social worker records the child; mistakes are named and nothing typed is lost', async () => {
    const page = (await ui.signedIn(users.socialWorker)).page;
    await page.goto('/children');
    // A GOV.UK start button: a link styled, and announced, as a button.
    await press(page, 'Record a child coming into care');
    expect(path(page)).toBe('/children/register');
    await accessible(page, 'Record a child coming into care');
    // On a 390 px phone the form does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1024, height: 768 });

    await press(page, 'Record child');
    expect(await errorSummary(page)).toEqual([
      'Enter the child’s first name',
      'Enter the child’s last name',
      'Enter the child’s date of birth',
      'Select the child’s sex',
      'Select the child’s ethnicity',
      'Enter the date the child started to be looked after',
      'Select the legal status the child is looked after under',
    ]);
    await accessible(page, 'Record a child coming into care');

    await page.getByLabel('First name').fill('Robin');
    await page.getByLabel('Last name').fill('Quillfeather');
    await fillDate(page, 'dateOfBirth', '2014-05-02');
    await page.getByLabel('Female').check();
    await page.getByLabel('Ethnicity').selectOption('MWBA');
    // A UPN with the wrong check letter: the graph names the field and says what to check.
    await page.getByLabel('Unique Pupil Number (UPN) (optional)').fill('B801200001001');
    await fillDate(page, 'lookedAfterFrom', '2026-11-16');
    await page.getByLabel('Legal status on that date').selectOption('C1');
    await press(page, 'Record child');
    expect(await errorSummary(page)).toEqual([expect.stringMatching(/UPN’s first letter does not match/)]);
    expect(await page.locator('#upn-error').textContent()).toMatch(/does not match/);
    await expect(page.getByLabel('First name').inputValue()).resolves.toBe('Robin');
    await expect(page.getByLabel('Ethnicity').inputValue()).resolves.toBe('MWBA');
    await expect(page.locator('#lookedAfterFrom-year').inputValue()).resolves.toBe('2026');

    await page.getByLabel('Unique Pupil Number (UPN) (optional)').fill('H801200001001');
    await press(page, 'Record child');
    childPath = path(page);
    expect(childPath).toMatch(/^\/children\/[0-9a-f-]{36}$/);
    await accessible(page, CHILD);
    const record = await main(page);
    expect(record).toContain('Sol Quillfeather');
    expect(record).toContain('Interim care order (C1)');
    // The IRO is the manager's to allocate, not the social worker's.
    expect(await page.getByRole('link', { name: 'Allocate an IRO' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Record a change of legal status' }).count()).toBe(1);
  }, 90_000);

  it('the IRO manager allocates an IRO from the authority’s IROs, each with their caseload', async () => {
    const page = (await ui.signedIn(users.manager)).page;
    await page.goto(childPath);
    await accessible(page, CHILD);
    await follow(page, 'Allocate an IRO');
    expect(path(page)).toBe(`${childPath}/iro`);
    await accessible(page, 'Allocate an independent reviewing officer');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await main(page)).toMatch(/Ivy Quillfeather\s*1 child/);
    expect(await main(page)).toMatch(/Ari Quillfeather\s*0 children/);

    await press(page, 'Allocate IRO');
    expect(await errorSummary(page)).toEqual(['Select the IRO to allocate', 'Enter the date the allocation starts']);
    await accessible(page, 'Allocate an independent reviewing officer');

    await page.getByLabel('Ivy Quillfeather').check();
    await fillDate(page, 'from', TODAY);
    await press(page, 'Allocate IRO');
    expect(path(page)).toBe(childPath);
    expect(await main(page)).toContain('Ivy Quillfeather');
  }, 90_000);

  it('the child is on that IRO’s caseload, the first review due 20 working days after care began', async () => {
    const page = (await ui.signedIn(users.iro)).page;
    await page.goto('/caseload');
    const row = page.locator('tr', { hasText: CHILD });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('14 December 2026');
    await follow(page, CHILD);
    expect(path(page)).toBe(childPath);
    expect(await main(page)).toContain('14 December 2026');
  }, 90_000);

  it('the social worker records a change of legal status, then the end of the period of care with its reason', async () => {
    const page = (await ui.signedIn(users.socialWorker)).page;
    await page.goto(childPath);
    await follow(page, 'Record a change of legal status');
    expect(path(page)).toBe(`${childPath}/legal-status`);
    await accessible(page, 'Record a change of legal status');
    await press(page, 'Record legal status');
    expect(await errorSummary(page)).toEqual(['Select the new legal status', 'Enter the date it started']);
    await page.getByLabel('New legal status').selectOption('C2');
    await fillDate(page, 'startDate', '2026-11-20');
    await press(page, 'Record legal status');
    expect(path(page)).toBe(childPath);
    expect(await main(page)).toContain('Full care order (C2)');
    expect(await main(page)).not.toContain('Interim care order (C1)');

    await follow(page, 'Record the end of this period of care');
    await accessible(page, 'Record the end of this period of care');
    await fillDate(page, 'endDate', TODAY);
    await page.getByLabel('Why the child stopped being looked after').selectOption('E4A');
    await press(page, 'Record end of care');
    expect(path(page)).toBe(childPath);
    expect(await main(page)).not.toContain('Full care order (C2)');
    // Nothing left to change in a period that has ended.
    expect(await page.getByRole('link', { name: 'Record a change of legal status' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Record the end of this period of care' }).count()).toBe(0);
    const [period] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT end_date::text AS end, reason_ceased FROM care_planning.periods_of_care p
         JOIN care_planning.children c ON c.id = p.child_id WHERE c.family_name = 'Quillfeather'`,
    );
    expect(period).toEqual({ end: TODAY, reason_ceased: 'E4A' });
  }, 90_000);
});
