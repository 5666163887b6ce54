// The placement page in the built portal, in Chromium, against the real system: the social worker records a reg 28
// visit from the child's record (a bad date refused with what was typed kept); the carer reads the placement plan
// with the school and the visits; a parent reaches no address, school, plan or visits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { expectAccessible } from './support/accessible';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const LINE1 = '14 Juniper Mews';
const SCHOOL = 'Kestrel Hill Primary';
let system: System;
let ui: PortalUi;
let users: Record<'socialWorker' | 'carer' | 'parent', string>;
let childId: string;

const START = graphql(`
  mutation PlacementPageStart($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
    }
  }
`);
const SAVE_PLAN = graphql(`
  mutation PlacementPageSavePlan($input: SavePlacementPlanInput!) {
    savePlacementPlan(input: $input) {
      version
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ina Quarry');
  const socialWorker = await world.person('social_worker', 'Sid Quarry');
  const parent = await world.person('parent', 'Pam Quarry');
  const carer = await world.person('foster_carer', 'Cal Quarry');
  childId = await world.child({
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    givenName: 'Wren',
    since: '2026-10-05',
  });
  const sw = await socialWorker.token();
  const started = await system.graphql(sw, START, {
    input: {
      childId,
      carerPersonId: carer.id,
      placementType: 'U6',
      providerCode: 'PR1',
      startDate: '2026-10-05',
      address: { line1: LINE1, town: 'Brackenford', postcode: 'ZZ4 2LM' },
    },
  });
  expect(started.errors, started.raw).toBeUndefined();
  const saved = await system.graphql(sw, SAVE_PLAN, {
    input: {
      placementId: started.data!.startPlacement.id,
      expectedVersion: 0,
      agreedOn: '2026-10-07',
      dayToDayCare: 'Breakfast club on Tuesdays',
      contactArrangements: 'Mum on alternate Saturdays',
      healthCare: 'Registered with the Brackenford surgery',
      education: 'Year 5',
      school: SCHOOL,
      visitsAndSupport: 'Every 6 weeks',
      endingArrangements: 'Through a review',
      finances: 'Standard allowance',
    },
  });
  expect(saved.errors, saved.raw).toBeUndefined();
  users = { socialWorker: socialWorker.username, carer: carer.username, parent: parent.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

describe('the placement page', () => {
  it('the social worker records a visit from the child’s record; a bad date is refused and kept', async () => {
    const { page } = await ui.signedIn(users.socialWorker);
    await page.goto(`/children/${childId}`);
    await page.getByRole('link', { name: 'Placement plan, visits and history' }).click();
    await page.waitForURL(`**/children/${childId}/placement`);
    await expectAccessible(page, 'Placement');
    // No visit yet: the first was due within a week of 5 October.
    expect(await page.locator('main').textContent()).toContain('Next visit due by 12 October 2026');

    await page.fill('input[name="visitedOn-day"]', '31');
    await page.fill('input[name="visitedOn-month"]', '11');
    await page.fill('input[name="visitedOn-year"]', '2026');
    await page.check('input[name="seenAlone"][value="yes"]');
    await page.getByRole('button', { name: 'Record visit' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('must be a real date');
    expect(await page.inputValue('input[name="visitedOn-day"]')).toBe('31');

    await page.fill('input[name="visitedOn-day"]', '20');
    await page.getByRole('button', { name: 'Record visit' }).click();
    // The answer page streams in: read it once its last part (the visits) has arrived, not while it is half parsed.
    await page.getByText('Next visit due by 1 January 2027').waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Visit recorded');
    expect(body).toContain('20 November 2026: seen alone');
    expect(body).toContain('Next visit due by 1 January 2027');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the carer reads the placement plan with the school, and the visits, but cannot record one', async () => {
    const { page } = await ui.signedIn(users.carer);
    await page.goto(`/children/${childId}/placement`);
    await expectAccessible(page, 'Placement');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain(SCHOOL);
    expect(body).toContain('Breakfast club on Tuesdays');
    expect(body).toContain('Agreed on time');
    expect(body).toContain(LINE1);
    expect(await page.getByRole('button', { name: 'Record visit' }).count()).toBe(0);
  });

  it('a parent sees no address, school, plan or visits', async () => {
    const { page } = await ui.signedIn(users.parent);
    await page.goto(`/children/${childId}/placement`);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain(LINE1);
    expect(body).not.toContain(SCHOOL);
    expect(body).not.toContain('Breakfast club');
    expect(body).not.toContain('Next visit');
    expect(await axeViolations(page)).toEqual([]);
  });
});
