// The IRO's caseload sorts and filters by what needs attention, most urgent first by default; the manager's oversight
// figures lead to the children behind them (decision 0020). Filters are a plain GET form, so they work without JS.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let iroUsername: string;
let managerUsername: string;
let miloId: string;
let insertMessageFromMilo: () => Promise<void>;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Tia Triagemoor');
  iroUsername = iro.username;
  managerUsername = (await world.person('iro_manager', 'Mo Triagemoor')).username;
  const db = system.subgraphs['care-planning'].dataSource;
  const child = async (givenName: string, since: string) => {
    const id = await world.child({ iro: iro.id, since, givenName });
    return id;
  };
  // Overdue: first review was due 2 February 2026, never held.
  const olly = await child('Olly', '2026-01-05');
  // Due soon: first review due 30 November 2026.
  const dana = await child('Dana', '2026-11-02');
  // On track (first review 18 December), each with one other concern; Quinn none at all.
  const milo = await child('Milo', '2026-11-20');
  const cara = await child('Cara', '2026-11-20');
  const pia = await child('Pia', '2026-11-20');
  const quinn = await child('Quinn', '2026-11-20');
  for (const id of [olly, dana, milo, cara, quinn]) await world.carePlan(id, iro.id);
  await world.carePlan(pia, iro.id, {
    actions: [
      { description: 'Life-story work', concerns: 'PERMANENCE', owner: 'Social worker', dueDate: '2026-10-01' },
    ],
  });
  miloId = milo;
  // Written directly (sent_at defaults to the clock), so a later one is sent after the IRO's read marker.
  insertMessageFromMilo = async () => {
    await db.query(
      `INSERT INTO care_planning.iro_messages (child_id, sender, author_id, body) VALUES ($1, 'young_person', $2, 'Hi')`,
      [milo, iro.id],
    );
  };
  await insertMessageFromMilo();
  // An IRO alert raised on 2 November is due a response within 10 working days (16 November): overdue today.
  const raise = await system.graphql(
    await iro.token(),
    graphql(`
      mutation TriageRaiseChallenge($input: RaiseChallengeInput!) {
        raiseChallenge(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        childId: cara,
        concern: 'No permanence plan',
        raisedWith: 'Team manager',
        openedOn: '2026-11-02',
        level: 'ALERT',
      },
    },
  );
  expect(raise.errors, raise.raw).toBeUndefined();
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const names = async (page: Page) =>
  (await page.locator('tbody tr th a').allTextContents()).map((n) => n.replace(' Testwood', ''));

describe('the IRO’s caseload, triaged', () => {
  it('shows the most urgent first, with the unread message and the overdue plan action flagged', async () => {
    const { page } = await ui.signedIn(iroUsername);
    expect(new URL(page.url()).pathname).toBe('/caseload');
    expect(await names(page)).toEqual(['Olly', 'Cara', 'Milo', 'Dana', 'Pia', 'Quinn']);
    const row = (name: string) => page.locator('tbody tr', { hasText: `${name} Testwood` }).textContent();
    await expect(row('Milo')).resolves.toContain('1 unread message from the child');
    await expect(row('Pia')).resolves.toContain('Care plan actions overdue');
    await expect(row('Cara')).resolves.toContain('1 challenge response overdue');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters by the chosen concerns and sorts as chosen, from a form that works without JavaScript', async () => {
    const { page } = await ui.signedIn(iroUsername);
    await page.getByLabel('Unread messages from the child').check();
    await page.getByLabel('Review due soon').check();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Apply' }).click()]);
    expect(new URL(page.url()).searchParams.getAll('need')).toEqual(['unreadMessages', 'dueSoonReview']);
    expect(await names(page)).toEqual(['Milo', 'Dana']);
    await expect(page.locator('main').textContent()).resolves.toContain('2 children match your filters.');
    await page.getByLabel('Sort by').selectOption('name');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Apply' }).click()]);
    expect(await names(page)).toEqual(['Dana', 'Milo']);
    await page.goto('/caseload?sort=due');
    expect(await names(page)).toEqual(['Olly', 'Dana', 'Cara', 'Milo', 'Pia', 'Quinn']);
    await page.goto('/caseload?need=carePlanFlags');
    expect(await names(page)).toEqual(['Pia']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('does not scroll sideways at 390 px', async () => {
    const { page } = await ui.signedIn(iroUsername);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('the unread-message signal', () => {
  // Runs after the triage tests above, which expect Milo's message unread.
  it('clears when the IRO opens the child’s messages, and returns with a new message from the child', async () => {
    const { page } = await ui.signedIn(iroUsername);
    const milo = () => page.locator('tbody tr', { hasText: 'Milo Testwood' }).textContent();
    await expect(milo()).resolves.toContain('1 unread message from the child');
    expect((await page.goto(`/children/${miloId}/messages`))!.status()).toBe(200);
    await page.goto('/caseload');
    await expect(milo()).resolves.not.toContain('unread message');
    await page.goto('/caseload?need=unreadMessages');
    expect(await names(page)).toEqual([]);
    await insertMessageFromMilo();
    await page.goto('/caseload');
    await expect(milo()).resolves.toContain('1 unread message from the child');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the manager’s figures lead to the children', () => {
  it('follows "Reviews overdue" to the child behind it, through the policy', async () => {
    const { page } = await ui.signedIn(managerUsername);
    expect(new URL(page.url()).pathname).toBe('/oversight');
    const overdue = page.locator('.govuk-summary-list__row', { hasText: 'Reviews overdue' }).locator('dd a');
    await expect(overdue.textContent()).resolves.toMatch(/^1 /);
    await Promise.all([page.waitForEvent('load'), overdue.click()]);
    expect(new URL(page.url()).pathname).toBe('/oversight/children');
    expect(new URL(page.url()).searchParams.get('figure')).toBe('overdueReviews');
    expect(await names(page)).toEqual(['Olly']);
    expect(await axeViolations(page)).toEqual([]);
    const iroFigure = page.url().replace('figure=overdueReviews', 'figure=children');
    expect((await page.goto(iroFigure))!.status()).toBe(200);
    expect(await names(page)).toHaveLength(6);
    expect((await page.goto('/oversight/children?figure=nonsense'))!.status()).toBe(404);
  });

  it('is not found for an IRO', async () => {
    const { page } = await ui.signedIn(iroUsername);
    await page.goto('/oversight/children?figure=children');
    expect(new URL(page.url()).pathname).not.toBe('/oversight/children');
  });
});
