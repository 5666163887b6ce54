// Contact with family in the built portal, in Chromium, against the real system (DOMAIN.md §7): the parent sees their
// next session and never a confidential venue; the carer sees the pick-up time, without the arrangements or the venue
// hidden from the parent being hidden from them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { expectAccessible } from './support/accessible';
import { CONFIDENTIAL, PLACEMENT_LINE, familyWithContact } from './support/family-with-contact';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let users: Record<'parent' | 'carer' | 'otherParent', string>;
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const { world, parent, carer, childId: id } = await familyWithContact(system, TODAY);
  childId = id;
  const otherParent = await world.person('parent', 'Ida Testmere');
  users = { parent: parent.username, carer: carer.username, otherParent: otherParent.username };
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

describe('the contact page', () => {
  it('shows the parent their next session, and never the confidential venue or the placement address', async () => {
    const { page } = await ui.signedIn(users.parent);
    await page.goto(`/children/${childId}`);
    await page.getByRole('link', { name: 'Contact with family' }).click();
    await page.waitForURL(`**/children/${childId}/contact`);
    await expectAccessible(page, 'Seeing Robin');
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
    await expectAccessible(page, 'Contact with family');
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
