// What a parent and a carer land on (docs/domain.md#who-sees-what, DOMAIN.md §7, §8), in the built portal in Chromium
// against the real system: the parent sees the next contact session, the next review and how to reach the IRO, and
// sends their views before the review from there; the carer sees the pick-up time, and nothing of the parent's. A
// family is never shown that the booking is late, nor the professionals' reminder in the footer. Pages pass axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { type System, startSystem } from '../support/system';
import { expectAccessible } from './support/accessible';
import { CONFIDENTIAL, PLACEMENT_LINE, familyWithContact } from './support/family-with-contact';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const VIEWS = 'I would like Robin to keep playing football on Saturdays.';
let system: System;
let ui: PortalUi;
let users: Record<'parent' | 'carer', string>;
let childId: string;

const BOOK_REVIEW = graphql(`
  mutation FamilyHomeBookReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const { iro, parent, carer, childId: id } = await familyWithContact(system, TODAY);
  childId = id;
  const booked = await system.graphql(await iro.token(), BOOK_REVIEW, {
    input: { childId, date: '2026-12-03', time: '11:00', venue: 'Ashbury Family Centre', kind: 'STATUTORY' },
  });
  expect(booked.errors, booked.raw).toBeUndefined();
  users = { parent: parent.username, carer: carer.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

const main = async (page: Page) => ((await page.locator('main').innerText()) ?? '').replace(/\s+/g, ' ');

describe('a family’s own page', () => {
  it('shows the parent the next contact, the next review and the IRO’s contact, and takes their views', async () => {
    const { page } = await ui.signedIn(users.parent);
    expect(new URL(page.url()).pathname).toBe('/home');
    await expectAccessible(page, 'Your child');
    const text = await main(page);
    // The next contact session: the named family centre, never the confidential venue or where Robin lives.
    expect(text).toContain('Date 28 November 2026 Time 10:00 Where Ashbury Family Centre');
    expect(text).toContain(
      'Your child’s Independent Reviewing Officer is Ivy Quillow. You can contact them on 01632 960444.',
    );
    expect(text).not.toContain('ivy.quillow@fernvale.example');
    expect(await page.locator('#next-review [data-next-review="booked"]').textContent()).toBe('3 December 2026');
    expect(text).toContain('3 December 2026, 11am');
    // The review is booked after the date it had to be held by; that is for the IRO to act on, not the family.
    expect(await page.locator('#booked-late').count()).toBe(0);
    for (const hidden of [CONFIDENTIAL, PLACEMENT_LINE, 'Cara Testmoor', 'CPPCR', 'Overdue'])
      expect(text).not.toContain(hidden);
    expect(await page.locator('footer').innerText()).not.toContain('Only use it for your work with the child');

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Send your views before the review' }).click(),
    ]);
    await expectAccessible(page, 'Planned review');
    expect(await main(page)).toContain('Date 3 December 2026, 11am');
    await page.getByLabel('Your views before the review').fill(VIEWS);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Send your views' }).click()]);
    // Saved: a fresh load of the page shows them back, to change until the meeting is recorded.
    await page.reload();
    await expect(page.getByLabel('Your views before the review').inputValue()).resolves.toBe(VIEWS);
    await expectAccessible(page, 'Planned review');
  });

  it('shows the carer the pick-up time, and nothing of the parent', async () => {
    const { page } = await ui.signedIn(users.carer);
    expect(new URL(page.url()).pathname).toBe('/home');
    await expectAccessible(page, 'The child you look after');
    const text = await main(page);
    expect(text).toContain('Pick-up 09:30');
    expect(text).toContain('Drop-off 12:30');
    expect(text).toContain('3 December 2026, 11am');
    expect(text).not.toContain('Pat Testmoor');
    expect(await page.locator('#booked-late').count()).toBe(0);
  });
});
