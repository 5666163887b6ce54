// The placement forms in the built portal, in Chromium, against the real system: the social worker starts a
// placement for a child with none, moves the child to an agency's household with a reason for the change, and writes
// the placement plan; a bad postcode, and a provider the household does not have, are refused beside their box with
// everything typed kept. Each page is axe-clean and fits 390 px.
import type { Page } from 'playwright-core';
import { ApprovalType, ProviderKind, createHousehold } from '@lac/placements';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let socialWorker: string;
let socialWorkerToken: () => Promise<string>;
let households: { first: string; second: string };
let currentCarer: string;
let childId: string;
let iro: string;
let lateChildId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const sw = await world.person('social_worker', 'Sol Fennick');
  const first = await world.person('foster_carer', 'Fay Fennick');
  const second = await world.person('foster_carer', 'Gus Fennick');
  childId = await world.child({ socialWorker: sw.id, givenName: 'Tamsin', since: '2026-09-01' });
  // Placed on 2 November with no plan: it was due within 5 working days (by 9 November), so it is overdue.
  const iroPerson = await world.person('iro', 'Ida Fennick');
  lateChildId = await world.child({ iro: iroPerson.id, socialWorker: sw.id, givenName: 'Lark', since: '2026-11-02' });
  await world.place(lateChildId, first.id, '2026-11-02');
  iro = iroPerson.username;
  socialWorker = sw.username;
  socialWorkerToken = sw.token;
  // The first carer's household is the local authority's own (made with the placement above); the second carer's is
  // an agency's (docs/decisions/0023-households.md).
  const agencyHousehold = await system.subgraphs.placements.dataSource.transaction((em) =>
    createHousehold(
      em,
      {
        name: 'Sorrel household',
        reference: 'BFP-0099',
        approvalType: ApprovalType.FOSTER_CARER,
        provider: { name: 'Brightwater Family Placements', kind: ProviderKind.AGENCY, providerCode: 'PR4' },
        carerPersonIds: [second.id],
      },
      TODAY,
    ),
  );
  households = { first: 'Fay Fennick household (Approved foster carers)', second: agencyHousehold };
  currentCarer = second.username;
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const PLAN_VERSION = graphql(`
  query PlacementFormsPlanVersion($id: ID!) {
    child(id: $id) {
      currentPlacement {
        id
        placementPlan {
          version
          contactArrangements
          healthCare
          education
          visitsAndSupport
          endingArrangements
          finances
        }
      }
    }
  }
`);
const SAVE_PLAN = graphql(`
  mutation PlacementFormsSavePlan($input: SavePlacementPlanInput!) {
    savePlacementPlan(input: $input) {
      version
    }
  }
`);

async function fits(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
}

async function fillDate(page: Page, id: string, day: string, month: string, year: string) {
  await page.fill(`input[name="${id}-day"]`, day);
  await page.fill(`input[name="${id}-month"]`, month);
  await page.fill(`input[name="${id}-year"]`, year);
}

describe('the placement forms', () => {
  it('the social worker starts a placement, moves the child with a reason, and writes the plan', async () => {
    const { page } = await ui.signedIn(socialWorker);
    await page.goto(`/children/${childId}/placement`);
    await page.getByRole('link', { name: 'Start a placement' }).click();
    await page.waitForURL(`**/children/${childId}/placement/change`);
    await fits(page);

    await page.getByLabel('Household').selectOption({ label: households.first });
    await page.getByLabel('Type of placement').selectOption('U6');
    // Left as the household's provider: the graph takes the household's code (PR1, the local authority's own).
    expect(await page.inputValue('#providerCode')).toBe('');
    await fillDate(page, 'startDate', '1', '9', '2026');
    await page.getByLabel('Address line 1', { exact: true }).fill('7 Quillet Row');
    await page.getByLabel('Town or city').fill('Brackenford');
    await page.getByLabel('Postcode').fill('not a postcode');
    await page.getByRole('button', { name: 'Start placement' }).click();
    // Refused by the graph, beside the box, with everything typed kept.
    await expect(page.locator('#postcode-error').textContent()).resolves.toContain('Enter a real postcode');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Enter a real postcode');
    expect(await page.inputValue('#postcode')).toBe('not a postcode');
    expect(await page.inputValue('#line1')).toBe('7 Quillet Row');
    expect(await page.inputValue('#placementType')).toBe('U6');
    expect(await page.inputValue('input[name="startDate-day"]')).toBe('1');
    await fits(page);

    await page.getByLabel('Postcode').fill('ZZ3 4QR');
    await page.getByRole('button', { name: 'Start placement' }).click();
    await page.waitForURL(`**/children/${childId}/placement`);
    let body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('7 Quillet Row');
    expect(body).toContain('Own local authority provision');
    expect(body).toContain('1 September 2026');

    // A move: the reason is asked for, the current placement ends the day the next begins.
    await page.getByRole('link', { name: 'Change placement' }).click();
    await page.waitForURL(`**/children/${childId}/placement/change`);
    await page.getByLabel('Household').selectOption(households.second);
    await page.getByLabel('Type of placement').selectOption('U4');
    await page.getByLabel('Provided by').selectOption('PR1');
    await fillDate(page, 'startDate', '2', '11', '2026');
    await page.getByLabel('Address line 1', { exact: true }).fill('22 Sorrel Lane');
    await page.getByLabel('Town or city').fill('Brackenford');
    await page.getByLabel('Postcode').fill('ZZ3 5RT');
    await page.getByRole('button', { name: 'Change placement' }).click();
    await expect(page.locator('#reasonForChange-error').textContent()).resolves.toContain(
      'Choose the reason the placement is changing',
    );
    expect(await page.inputValue('#line1')).toBe('22 Sorrel Lane');
    await page.getByLabel('Reason for the change').selectOption('CARPL');
    // The visiting timetable (reg 28, DOMAIN.md §1.5): the usual one is chosen until the social worker says otherwise.
    expect(await page.isChecked('#visitRegime')).toBe(true);
    await page.getByLabel('With a relative or friend approved for now only', { exact: false }).check();
    await page.getByRole('button', { name: 'Change placement' }).click();
    // The agency's household is provided by PR4: refused beside the provider, with the household kept.
    await expect(page.locator('#providerCode-error').textContent()).resolves.toContain('provided by PR4, not PR1');
    expect(await page.inputValue('#householdId')).toBe(households.second);
    await fits(page);
    await page.getByLabel('Provided by').selectOption('PR4');
    await page.getByRole('button', { name: 'Change placement' }).click();
    await page.waitForURL(`**/children/${childId}/placement`);
    body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('22 Sorrel Lane');
    // The placement follows the chosen timetable, which the graph's next-visit rule reads (nextVisitDue).
    const stored = await system.rawGraphql<{ child: { currentPlacement: { visitRegime: string } } }>(
      await socialWorkerToken(),
      `query ($id: ID!) { child(id: $id) { currentPlacement { visitRegime } } }`,
      { id: childId },
    );
    expect(stored.data?.child.currentPlacement.visitRegime).toBe('TEMPORARY_CONNECTED_PERSON');
    expect(body).toContain('Sorrel household');
    expect(body).toContain('Brightwater Family Placements (an agency)');
    expect(body).toContain('Gus Fennick');
    expect(body).toContain('Change to or implementation of the care plan');
    expect(body).toContain('No placement plan has been written yet.');

    // The plan: an empty part is asked for beside its box, the rest kept; then saved and shown.
    await page.getByRole('link', { name: 'Write the placement plan' }).click();
    await page.waitForURL(`**/children/${childId}/placement/plan`);
    await fits(page);
    await page.getByLabel('Day-to-day care').fill('Swimming club on Thursdays');
    await page.getByLabel('Family time').fill('Dad every other Sunday');
    await page.getByLabel('Health and dental care').fill('Registered with the Sorrel Lane surgery');
    await page.getByLabel('Education').fill('Year 8');
    await page.getByLabel('Visits and support').fill('Every 6 weeks in the first year');
    await page.getByLabel('When the placement may end').fill('Only through a review');
    await page.getByRole('button', { name: 'Save the placement plan' }).click();
    await expect(page.locator('#finances-error').textContent()).resolves.toContain('Enter the money part of the plan');
    expect(await page.inputValue('#dayToDayCare')).toBe('Swimming club on Thursdays');
    await fits(page);
    await page.getByLabel('Money').fill('Standard fostering allowance');
    await fillDate(page, 'agreedOn', '4', '11', '2026');
    await page.getByRole('button', { name: 'Save the placement plan' }).click();
    await page.waitForURL(`**/children/${childId}/placement`);
    body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Swimming club on Thursdays');
    expect(body).toContain('Agreed on time');
    expect(await page.getByRole('link', { name: 'Update the placement plan' }).count()).toBe(1);
    await fits(page);
  });

  it('an overdue placement plan shows on the social worker’s children list and the IRO’s caseload', async () => {
    const { page } = await ui.signedIn(socialWorker);
    await page.goto('/children');
    const row = (name: string) => page.locator('tr', { has: page.getByRole('link', { name }) });
    await expect(row('Lark Testwood').textContent()).resolves.toContain('Placement plan overdue');
    // Tamsin's plan was written on time in the test above.
    expect(await row('Tamsin Testwood').textContent()).not.toContain('Placement plan overdue');
    await fits(page);

    const { page: caseload } = await ui.signedIn(iro);
    await caseload.goto('/caseload?need=placementPlanOverdue');
    const body = (await caseload.locator('main').textContent()) ?? '';
    expect(body).toContain('Lark Testwood');
    expect(body).toContain('Placement plan overdue');
    expect(await axeViolations(caseload)).toEqual([]);
  });

  it('a stale plan save names what changed and keeps the words; a placement cannot end before it began', async () => {
    const { page } = await ui.signedIn(socialWorker);
    await page.goto(`/children/${childId}/placement/plan`);
    await page.getByLabel('Day-to-day care').fill('Swimming and chess club');
    // Someone else saves a new version while the form is open.
    const token = await socialWorkerToken();
    const read = await system.graphql(token, PLAN_VERSION, { id: childId });
    const placement = read.data!.child!.currentPlacement!;
    const { version, ...rest } = placement.placementPlan!;
    const saved = await system.graphql(token, SAVE_PLAN, {
      input: {
        ...rest,
        placementId: placement.id,
        expectedVersion: version,
        dayToDayCare: 'Drama club on Fridays',
        agreedOn: '2026-11-04',
      },
    });
    expect(saved.errors, saved.raw).toBeUndefined();
    await page.getByRole('button', { name: 'Save the placement plan' }).click();
    const alert = (await page.locator('[role="alert"]').first().textContent()) ?? '';
    expect(alert).toContain('Someone else saved this placement plan');
    expect(alert).toContain('Day-to-day care');
    expect(await page.inputValue('#dayToDayCare')).toBe('Swimming and chess club');
    expect(await axeViolations(page)).toEqual([]);
    // Saving again is a deliberate replacement of the version now current.
    await page.getByRole('button', { name: 'Save the placement plan' }).click();
    await page.waitForURL(`**/children/${childId}/placement`);
    expect(await page.locator('main').textContent()).toContain('Swimming and chess club');

    await page.goto(`/children/${lateChildId}/placement`);
    await page.getByRole('link', { name: 'End the placement' }).click();
    await page.waitForURL(`**/children/${lateChildId}/placement/end`);
    await fits(page);
    await fillDate(page, 'endDate', '1', '11', '2026');
    // No reason chosen: the error beside the field, the date kept as typed.
    await page.getByRole('button', { name: 'End placement' }).click();
    await expect(page.locator('#reasonForChange-error').textContent()).resolves.toContain(
      'Choose the reason the placement ended',
    );
    expect(await page.inputValue('input[name="endDate-day"]')).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Reason the placement ended').selectOption('CHILD');
    await page.getByRole('button', { name: 'End placement' }).click();
    await expect(page.locator('#endDate-error').textContent()).resolves.toContain(
      'cannot be before the placement began',
    );
    expect(await page.inputValue('input[name="endDate-day"]')).toBe('1');
    expect(await page.inputValue('#reasonForChange')).toBe('CHILD');
    await fillDate(page, 'endDate', '20', '11', '2026');
    await page.getByRole('button', { name: 'End placement' }).click();
    await page.waitForURL(`**/children/${lateChildId}/placement`);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('There is no current placement to show.');
    expect(body).toContain('20 November 2026');
    // The reason, in the code list's words, in the placement history.
    expect(body).toContain('Child requests end');
    expect(await page.getByRole('link', { name: 'Start a placement' }).count()).toBe(1);
  });

  it('the carer is offered none of the forms, and each form is not found for them', async () => {
    const { page } = await ui.signedIn(currentCarer);
    await page.goto(`/children/${childId}/placement`);
    expect(await page.locator('main').textContent()).toContain('Swimming and chess club');
    for (const name of ['Change placement', 'End the placement', 'Update the placement plan']) {
      expect(await page.getByRole('link', { name }).count()).toBe(0);
    }
    for (const form of ['change', 'end', 'plan']) {
      const res = await page.goto(`/children/${childId}/placement/${form}`);
      expect(res?.status()).toBe(404);
    }
  });
});
