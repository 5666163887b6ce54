// What a parent and a carer land on (docs/domain.md#who-sees-what, DOMAIN.md §7, §8), in the built portal in Chromium
// against the real system: the parent sees the next contact session, the next review and how to reach the IRO, and
// sends their views before the review from there; the carer sees the pick-up time, and nothing of the parent's. A
// family is never shown that the booking is late, nor the professionals' reminder in the footer. Pages pass axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { LA_ID, World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const PLACEMENT_LINE = '7 Heron Walk';
const CONFIDENTIAL = 'Garden at the carer’s home';
const VIEWS = 'I would like Robin to keep playing football on Saturdays.';
let system: System;
let ui: PortalUi;
let users: Record<'parent' | 'carer', string>;
let childId: string;

const MEMBER = graphql(`
  mutation FamilyHomeMember($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
    }
  }
`);
const ARRANGE = graphql(`
  mutation FamilyHomeArrange($input: CreateContactArrangementInput!) {
    createContactArrangement(input: $input) {
      id
    }
  }
`);
const BOOK_REVIEW = graphql(`
  mutation FamilyHomeBookReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
    }
  }
`);
const SCHEDULE = graphql(`
  mutation FamilyHomeSchedule($input: ScheduleContactSessionInput!) {
    scheduleContactSession(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Quillow');
  // This local authority shows families the IRO's work phone, not their email (docs/domain.md#who-sees-what).
  await world.workContact(iro.id, { email: 'ivy.quillow@fernvale.example', phone: '01632 960444' });
  await world.localAuthoritySettings(LA_ID, { iroContactShown: 'phone' });
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, givenName: 'Robin', since: '2026-02-01' });
  await world.place(childId, carer.id, '2026-02-01', PLACEMENT_LINE);
  const sw = await socialWorker.token();
  const member = await system.graphql(sw, MEMBER, {
    input: {
      childId,
      personId: parent.id,
      displayName: 'Pat Testmoor',
      relation: 'MOTHER',
      parentalResponsibilitySince: '2013-05-02',
    },
  });
  const arranged = await system.graphql(sw, ARRANGE, {
    input: {
      childId,
      familyMemberId: member.data!.recordFamilyMember.id,
      startDate: '2026-09-01',
      reason: 'Agreed at the review',
      terms: {
        type: 'SUPERVISED',
        frequency: 'Fortnightly on Saturdays',
        supervisionLevel: 'SUPERVISED',
        venueType: 'CONTACT_CENTRE',
        facilitatedBy: 'CONTACT_WORKER',
        courtOrdered: false,
      },
    },
  });
  const arrangementId = arranged.data!.createContactArrangement.id;
  for (const input of [
    { date: '2026-11-28', venueDescription: 'Ashbury Family Centre', pickUpTime: '09:30', dropOffTime: '12:30' },
    { date: '2026-12-12', venueDescription: CONFIDENTIAL, venueConfidential: true, pickUpTime: '13:15' },
  ]) {
    const res = await system.graphql(sw, SCHEDULE, { input: { arrangementId, startTime: '10:00', ...input } });
    expect(res.errors, res.raw).toBeUndefined();
  }
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

async function accessible(page: Page, h1: string) {
  expect(await page.locator('h1').count()).toBe(1);
  await expect(page.locator('h1').textContent()).resolves.toBe(h1);
  expect(await axeViolations(page)).toEqual([]);
}

const main = async (page: Page) => ((await page.locator('main').innerText()) ?? '').replace(/\s+/g, ' ');

describe('a family’s own page', () => {
  it('shows the parent the next contact, the next review and the IRO’s contact, and takes their views', async () => {
    const { page } = await ui.signedIn(users.parent);
    expect(new URL(page.url()).pathname).toBe('/home');
    await accessible(page, 'Your child');
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
    await accessible(page, 'Planned review');
    expect(await main(page)).toContain('Date 3 December 2026, 11am');
    await page.getByLabel('Your views before the review').fill(VIEWS);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Send your views' }).click()]);
    // Saved: a fresh load of the page shows them back, to change until the meeting is recorded.
    await page.reload();
    await expect(page.getByLabel('Your views before the review').inputValue()).resolves.toBe(VIEWS);
    await accessible(page, 'Planned review');
  });

  it('shows the carer the pick-up time, and nothing of the parent', async () => {
    const { page } = await ui.signedIn(users.carer);
    expect(new URL(page.url()).pathname).toBe('/home');
    await accessible(page, 'The child you look after');
    const text = await main(page);
    expect(text).toContain('Pick-up 09:30');
    expect(text).toContain('Drop-off 12:30');
    expect(text).toContain('3 December 2026, 11am');
    expect(text).not.toContain('Pat Testmoor');
    expect(await page.locator('#booked-late').count()).toBe(0);
  });
});
