// Delegated authority in the built portal, in Chromium, against the real system (DOMAIN.md §4): the carer reads what
// they may decide for a child and asks for a change; the social worker approves it with a reason; the carer sees the
// new version. The young person reads who decides what in their own words; a parent reads it without the address.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { expectAccessible } from './support/accessible';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const PLACEMENT_LINE = '5 Fennel Yard';
let system: System;
let ui: PortalUi;
let users: Record<'carer' | 'socialWorker' | 'youngPerson' | 'parent' | 'iro', string>;
let world: World;
let iroId: string;
let childId: string;

const SAVE = graphql(`
  mutation DecisionsPageSave($input: SaveDelegatedAuthorityInput!) {
    saveDelegatedAuthority(input: $input) {
      version
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Quillow');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  const yp = await world.youngPerson('2013-05-02', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    givenName: 'Robin',
    since: '2026-02-01',
  });
  childId = yp.childId;
  await world.legalStatus(childId, 'C2', '2026-02-01');
  await world.place(childId, carer.id, '2026-02-01', PLACEMENT_LINE);
  const sw = await socialWorker.token();
  for (const input of [
    { expectedVersion: 0, reason: 'Placement planning meeting', entries: [] },
    {
      expectedVersion: 1,
      reason: 'Sleepovers wait until Robin has settled',
      entries: [
        { area: 'SLEEPOVERS' as const, holder: 'SOCIAL_WORKER' as const, reasonNotDelegated: 'Robin is new here' },
      ],
    },
  ]) {
    const res = await system.graphql(sw, SAVE, { input: { childId, legalStatus: 'C2', ...input } });
    expect(res.errors, res.raw).toBeUndefined();
  }
  users = {
    carer: carer.username,
    socialWorker: socialWorker.username,
    youngPerson: yp.person.username,
    parent: parent.username,
    iro: iro.username,
  };
  iroId = iro.id;
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const section = (page: Page, heading: string) =>
  page
    .locator(`h2:text-is("${heading}") + dl`)
    .textContent()
    .then((t) => t ?? '');

describe('who decides what', () => {
  it('the carer reads what they can decide and asks for a change', async () => {
    const { page } = await ui.signedIn(users.carer);
    await page.goto(`/children/${childId}`);
    await page.getByRole('link', { name: 'Who decides what' }).click();
    await page.waitForURL(`**/children/${childId}/decisions`);
    await expectAccessible(page, 'What you can decide');
    expect(await section(page, 'You can decide')).toContain('Haircuts');
    expect(await section(page, 'You can decide')).not.toContain('Sleepovers');
    expect(await section(page, 'Ask someone first')).toContain('Sleepovers');

    // Sent without a reason: the graph's message beside the field, the choices kept.
    await page.getByLabel('Which decision?').selectOption('SLEEPOVERS');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Say why');
    expect(await page.getByLabel('Which decision?').inputValue()).toBe('SLEEPOVERS');

    await page.getByLabel('On what conditions? (optional)').fill('Only with friends from school we know');
    await page.getByLabel('Why are you asking?').fill('Robin is invited to a birthday sleepover.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.waitForURL(`**/children/${childId}/decisions`);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Waiting for the social worker');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the social worker approves it with a reason', async () => {
    const { page } = await ui.signedIn(users.socialWorker);
    await page.goto(`/children/${childId}/decisions`);
    await expectAccessible(page, 'Who decides what (delegated authority)');
    await page.getByLabel('Your reason').fill('Robin has settled well.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(`**/children/${childId}/decisions`);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Version 3');
    expect(body).toContain('Agreed');
  });

  it('the social worker changes a decision: a missing reason is explained and nothing typed is lost', async () => {
    const { page } = await ui.signedIn(users.socialWorker);
    await page.goto(`/children/${childId}/decisions`);
    await page.locator('#change-area').selectOption('PASSPORT');
    await page.getByRole('group', { name: 'Who decides?' }).getByLabel('Team manager').check();
    await page.getByLabel('Why is it changing?').fill('Passports go through the team manager here.');
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'say why the carer does not hold this decision',
    );
    expect(await page.getByLabel('Why is it changing?').inputValue()).toBe(
      'Passports go through the team manager here.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Why the carer does not hold it').fill('The local authority applies for passports.');
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await page.waitForURL(`**/children/${childId}/decisions`);
    expect((await page.locator('main').textContent()) ?? '').toContain('Version 4');
  });

  it('the carer sees the new version', async () => {
    const { page } = await ui.signedIn(users.carer);
    await page.goto(`/children/${childId}/decisions`);
    const mine = await section(page, 'You can decide');
    expect(mine).toContain('Sleepovers');
    expect(mine).toContain('Only with friends from school we know');
    expect((await page.locator('main').textContent()) ?? '').toContain('Robin has settled well.');
  });

  it('the young person reads who decides what about their life', async () => {
    const { page } = await ui.signedIn(users.youngPerson);
    await page.goto(`/children/${childId}`);
    await page.getByRole('link', { name: 'Who decides what about your life' }).click();
    await expectAccessible(page, 'Who decides what about your life');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Getting your hair cut');
    expect(body).toContain('Your carer decides');
    expect(body).not.toContain('Send request');
  });

  it('a parent reads it without the placement address, and cannot ask for changes', async () => {
    const { page } = await ui.signedIn(users.parent);
    await page.goto(`/children/${childId}/decisions`);
    await expectAccessible(page, 'Who decides what');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('The carer decides');
    expect(body).not.toContain(PLACEMENT_LINE);
    expect(body).not.toContain('Cara Testmoor');
    expect(body).not.toContain('Send request');
  });
});

describe('the IRO and the matrix at a review (decision 0015)', () => {
  it('the IRO confirms the matrix at the review just held, and the page records it', async () => {
    await world.reviewHeld(childId, '2026-11-20', iroId);
    const { page } = await ui.signedIn(users.iro);
    await page.goto(`/children/${childId}/decisions`);
    await expectAccessible(page, 'Who decides what (delegated authority)');
    let body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('No review has confirmed these decisions yet.');
    // Checked under the care order recorded now: nothing to review.
    expect(body).not.toContain('review the matrix');
    const confirm = page.getByRole('button', { name: /^Confirm version \d+ at the review held on 20 November 2026$/ });
    expect(await confirm.count()).toBe(1);
    const label = (await confirm.textContent()) ?? '';
    const version = /version (\d+)/.exec(label)?.[1];
    await confirm.click();
    await page.waitForURL(`**/children/${childId}/decisions`);
    body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain(`Version ${version} confirmed at the review held on 20 November 2026`);
    expect(await page.getByRole('button', { name: /^Confirm version/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('when the legal status changes, the professionals are told the matrix was checked under another one', async () => {
    await world.legalStatus(childId, 'V2', '2026-11-21');
    const { page } = await ui.signedIn(users.iro);
    await page.goto(`/children/${childId}/decisions`);
    const warning = (await page.locator('.govuk-warning-text').first().textContent()) ?? '';
    expect(warning).toContain('Checked under a care order; Robin is now under section 20 — review the matrix.');
    expect(await axeViolations(page)).toEqual([]);
    // A family reads who decides, not the basis of the check.
    const parent = await ui.signedIn(users.parent);
    await parent.page.goto(`/children/${childId}/decisions`);
    expect((await parent.page.locator('main').textContent()) ?? '').not.toContain('review the matrix');
  });
});
