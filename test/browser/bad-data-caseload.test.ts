// One child's bad data never blanks the IRO's caseload page: every other row renders and the broken child's row
// says it could not be loaded, instead of the whole page failing or a null reading as "no review due"
// (docs/domain.md#when-one-childs-dates-cannot-be-worked-out).
import { recomputeReviewSchedule } from '@lac/care-planning';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let iroUsername: string;
let managerUsername: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Pagemoor');
  iroUsername = iro.username;
  managerUsername = (await world.person('iro_manager', 'Mo Pagemoor')).username;
  const db = system.subgraphs['care-planning'].dataSource;
  // Caseload order is family name then given name, and every child here is a Testwood.
  await world.child({ iro: iro.id, since: '2026-11-02', givenName: 'Anna' }); // first review by 30 November 2026
  const bea = await world.child({ iro: iro.id, since: '1998-03-02', givenName: 'Bea' });
  await world.reviewHeld(bea, '2026-06-01', iro.id);
  await db.query(
    `INSERT INTO care_planning.reviews (child_id, status, kind, planned_for, recorded_by)
     VALUES ($1, 'planned', 'statutory', '2035-06-01', $2)`,
    [bea, iro.id],
  );
  const cal = await world.child({ iro: iro.id, since: '2026-01-05', givenName: 'Cal' });
  await db.query(`UPDATE care_planning.periods_of_care SET start_date = '1985-04-01' WHERE child_id = $1`, [cal]);
  // An import writing around the domain functions stores the next review again, as they would.
  await recomputeReviewSchedule(db.manager, [cal]);
  await world.child({ iro: iro.id, since: '2026-11-20', givenName: 'Dev' }); // first review by 18 December 2026
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const rowText = async (page: Page, n: number) => (await page.locator('tbody tr').nth(n).textContent()) ?? '';

describe('the caseload and oversight pages with one child whose dates cannot be worked out', () => {
  it('renders every row and marks only that child as could not be loaded', async () => {
    const { page } = await ui.signedIn(iroUsername);
    expect(new URL(page.url()).pathname).toBe('/caseload');
    // By name, so the rows below are in a known order (the default, most urgent first, is tested in caseload-triage).
    await page.goto('/caseload?sort=name');
    await expect(page.locator('main').textContent()).resolves.toContain('You have 4 children allocated to you.');
    expect(await page.locator('tbody tr').count()).toBe(4);
    await expect(rowText(page, 0)).resolves.toContain('30 November 2026');
    // Looked after since 1998: counted in full, the second review overdue since 1 September 2026.
    await expect(rowText(page, 1)).resolves.toContain('1 September 2026');
    await expect(page.locator('tbody tr').nth(1).locator('.govuk-tag--red').textContent()).resolves.toBe('Overdue');
    // The child whose period of care is dated 1985, before any calendar: named, linked, and marked.
    await expect(rowText(page, 2)).resolves.toContain('Cal Testwood');
    await expect(rowText(page, 2)).resolves.toContain('Could not be loaded');
    await expect(rowText(page, 2)).resolves.not.toContain('No review due');
    await expect(rowText(page, 3)).resolves.toContain('18 December 2026');
    for (const n of [0, 1, 3]) await expect(rowText(page, n)).resolves.not.toContain('Could not be loaded');
  });

  it('the manager’s oversight page counts the others and warns that one child could not be counted', async () => {
    const { page } = await ui.signedIn(managerUsername);
    expect(new URL(page.url()).pathname).toBe('/oversight');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('1 child could not be counted');
    const looked = page.locator('.govuk-summary-list__row', { hasText: 'Children looked after' });
    // The figure is a link to the children behind it (decision 0020), its visible text the number.
    await expect(looked.locator('dd a').textContent()).resolves.toMatch(/^3 /);
  });
});
