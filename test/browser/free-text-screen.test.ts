// The free-text screen in the portal: a social worker who types where the child lives into the care plan is shown
// a GOV.UK error summary naming what was found and where, with everything they typed kept, and saves once the
// passage is marked professionals only (docs/security.md#free-text-screen).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const LINE = '42 Bramble Court';

let system: System;
let ui: PortalUi;
let socialWorker: string;
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  const sw = await world.person('social_worker');
  const carer = await world.person('foster_carer', 'Adebayo Osei');
  childId = await world.child({ iro: iro.id, socialWorker: sw.id, givenName: 'Aisha' });
  await world.place(childId, carer.id, '2026-02-01', LINE);
  socialWorker = sw.username;
  ui = await openPortalUi(system, { trustProxy: false });
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const save = (page: Page) =>
  Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Save a new version' }).click()]);

describe('a confidential fact in the care plan', () => {
  let page: Page;
  const typed = `Aisha lives with Adebayo Osei at ${LINE}. Dentist every six months.`;

  beforeAll(async () => {
    ({ page } = await ui.signedIn(socialWorker));
  });

  it('is refused with an error summary naming what was found and where, keeping what was typed', async () => {
    await page.goto(`/children/${childId}/plan/edit`);
    await page.locator('#arrangement-HEALTH').fill(typed);
    await page.locator('#arrangement-EDUCATION').fill('Stays at her school');
    await save(page);
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/plan/edit`);
    const links = page.locator('.govuk-error-summary a');
    await expect(links.allTextContents()).resolves.toEqual([
      'There is a carer’s name (“Adebayo Osei”) in the health arrangements: a parent may not see it. Remove it, or mark the passage [professionals only] … [/professionals only] so that only professionals read it.',
      `There is a placement address (“${LINE}”) in the health arrangements: a parent may not see it. Remove it, or mark the passage [professionals only] … [/professionals only] so that only professionals read it.`,
    ]);
    await expect(links.first().getAttribute('href')).resolves.toBe('#arrangement-HEALTH');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('#arrangement-HEALTH').inputValue()).resolves.toBe(typed);
    await expect(page.locator('#arrangement-EDUCATION').inputValue()).resolves.toBe('Stays at her school');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is saved once the passage is marked professionals only', async () => {
    await page
      .locator('#arrangement-HEALTH')
      .fill(
        `[professionals only]Aisha lives with Adebayo Osei at ${LINE}.[/professionals only] Dentist every six months.`,
      );
    await save(page);
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/plan`);
    expect(await page.locator('main').textContent()).toContain('Version 1');
  });
});
