// One next-review date everywhere (docs/domain.md#review-timescales): the IRO books a review after the date it must
// be held by and is told, there and then, how late it is; then the IRO, the parent, the carer and the young person
// each read the child's page and the reviews page, which show the same due date and the same booked date. Only the
// IRO is shown the lateness. Every page visited passes axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { startSystem, type System } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

/** A Monday. Robin came into care on 26 October 2026: the first review must be held within 20 working days, today. */
const TODAY = '2026-11-23';
const DUE_BY = '23 November 2026';
const BOOKED = '9 December 2026';

let system: System;
let ui: PortalUi;
let childId: string;
let users: Record<'iro' | 'parent' | 'carer' | 'youngPerson', string>;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Duemoor');
  const socialWorker = await world.person('social_worker', 'Sol Duemoor');
  const parent = await world.person('parent', 'Pat Duemoor');
  const carer = await world.person('foster_carer', 'Cara Duemoor');
  const robin = await world.youngPerson('2012-03-14', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-10-26',
    givenName: 'Robin',
  });
  childId = robin.childId;
  await world.place(childId, carer.id, '2026-10-26');
  users = { iro: iro.username, parent: parent.username, carer: carer.username, youngPerson: robin.person.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

async function accessible(page: Page): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
}

async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

/** The two facts as the page shows them: what must happen by, and what is booked. */
async function nextReviewOn(page: Page, url: string) {
  await page.goto(url);
  await accessible(page);
  const section = page.locator('#next-review');
  return {
    dueBy: (await section.locator('[data-next-review="due-by"]').textContent())?.trim(),
    booked: (await section.locator('[data-next-review="booked"]').textContent())?.trim(),
    late: await page.locator('#booked-late').count(),
    text: (await section.innerText()).replace(/\s+/g, ' '),
  };
}

describe('one next-review date on every page, for everyone', () => {
  it('tells the IRO, as they book it, that the review is booked after the date it must be held by', async () => {
    const { page } = await ui.signedIn(users.iro);
    await page.goto(`/children/${childId}/reviews/new`);
    await accessible(page);
    expect(await page.locator('#due-by-hint').innerText()).toContain(`The review must be held by ${DUE_BY}.`);
    await fillDate(page, 'date', '2026-12-09');
    await page.getByLabel('Time (optional)').fill('14:30');
    await page.getByLabel('Venue (optional)').fill('Fernvale Family Centre');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Schedule the review' }).click()]);
    expect(new URL(page.url()).pathname).toBe(`/children/${childId}/reviews`);
    await accessible(page);
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain(`Review booked for ${BOOKED}`);
    expect(await page.locator('#booked-late').innerText()).toContain(
      `Booked 16 days after the date it must be held by (${DUE_BY}).`,
    );
    // And on the caseload, among what needs the IRO's attention.
    await page.goto('/caseload');
    await accessible(page);
    const row = page.getByRole('row', { name: /Robin Testwood/ });
    expect(await row.innerText()).toContain('Review booked 16 days after its due date');
  });

  it.each(['iro', 'parent', 'carer', 'youngPerson'] as const)(
    'shows %s the same due date and booked date on the child’s page and the reviews page',
    async (who) => {
      const { page } = await ui.signedIn(users[who]);
      const onChild = await nextReviewOn(page, `/children/${childId}`);
      const onReviews = await nextReviewOn(page, `/children/${childId}/reviews`);
      for (const shown of [onChild, onReviews]) {
        expect(shown.dueBy).toBe(DUE_BY);
        expect(shown.booked).toBe(BOOKED);
        expect(shown.text).toContain(`${BOOKED}, 2:30pm`);
        expect(shown.text).toContain('Fernvale Family Centre');
        // The lateness is the IRO's to act on; the family sees the dates only, in plain words.
        expect(shown.late).toBe(who === 'iro' ? 1 : 0);
        if (who !== 'iro') expect(shown.text).not.toMatch(/CPPCR|reg 33|Overdue|working day convention/i);
      }
      expect(onReviews.text).toBe(onChild.text);
    },
  );
});
