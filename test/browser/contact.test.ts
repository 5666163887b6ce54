// Contact with family in the built portal, in Chromium, against the real system (DOMAIN.md §7): the parent sees their
// next session and never a confidential venue; the carer sees the pick-up time, without the arrangements or the venue
// hidden from the parent being hidden from them.
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
let system: System;
let ui: PortalUi;
let users: Record<'parent' | 'carer' | 'otherParent', string>;
let childId: string;

const MEMBER = graphql(`
  mutation ContactPageMember($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
    }
  }
`);
const ARRANGE = graphql(`
  mutation ContactPageArrange($input: CreateContactArrangementInput!) {
    createContactArrangement(input: $input) {
      id
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ContactPageSchedule($input: ScheduleContactSessionInput!) {
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
  const otherParent = await world.person('parent', 'Ida Testmere');
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
  users = { parent: parent.username, carer: carer.username, otherParent: otherParent.username };
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

describe('the contact page', () => {
  it('shows the parent their next session, and never the confidential venue or the placement address', async () => {
    const { page } = await ui.signedIn(users.parent);
    await page.goto(`/children/${childId}`);
    await page.getByRole('link', { name: 'Contact with family' }).click();
    await page.waitForURL(`**/children/${childId}/contact`);
    await accessible(page, 'Seeing Robin');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('28 November 2026');
    expect(body).toContain('Ashbury Family Centre');
    expect(body).toContain('Your social worker will confirm the place');
    expect(body).not.toContain(CONFIDENTIAL);
    expect(body).not.toContain(PLACEMENT_LINE);
    expect(body).toContain(
      'Your child’s Independent Reviewing Officer is Ivy Quillow. You can contact them on 01632 960444.',
    );
    expect(body).not.toContain('ivy.quillow@fernvale.example');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the carer the pick-up and drop-off times for each session', async () => {
    const { page } = await ui.signedIn(users.carer);
    await page.goto(`/children/${childId}/contact`);
    await accessible(page, 'Contact with family');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('09:30');
    expect(body).toContain('12:30');
    expect(body).toContain('Pat Testmoor');
    expect(body).not.toContain('Fortnightly on Saturdays');
    expect(body).toContain(
      'Robin’s Independent Reviewing Officer is Ivy Quillow. You can contact them on 01632 960444.',
    );
  });

  it('answers another child’s parent with “Page not found”', async () => {
    const { page } = await ui.signedIn(users.otherParent);
    const res = await page.goto(`/children/${childId}/contact`);
    expect(res?.status()).toBe(404);
  });
});
