// A failure stays the size of what failed (docs/security.md#graphql-armor-the-gateway-and-the-subgraphs), in the built
// portal: with one subgraph paused (accepting connections, never answering), the child page and the contact page render
// within the gateway's budget, with that section marked "could not be loaded" and everything else in place.
import { type RunningGateway, startGateway } from '@lac/gateway';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactWithMother } from '../support/family-contact';
import { World } from '../support/factories';
import { type StallProxy, stallProxy } from '../support/stall-proxy';
import { type System, startSystem } from '../support/system';
import { axeViolations } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const BUDGET_MS = 500;
const UNAVAILABLE = 'This part of the record could not be loaded. Try again later.';
const PLACEMENT_LINE = '9 Paused Row';
let system: System;
let gateway: RunningGateway;
let ui: PortalUi;
const proxies: Record<string, StallProxy> = {};
let iroUsername: string;
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  const carer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id, givenName: 'Rowan' });
  await world.place(childId, carer.id, '2026-02-01', PLACEMENT_LINE);
  await contactWithMother(system, childId, iro.id, TODAY);
  iroUsername = iro.username;
  for (const [name, subgraph] of Object.entries(system.subgraphs)) proxies[name] = await stallProxy(subgraph.url);
  gateway = await startGateway({
    databaseUrl: system.databaseUrl,
    userTokenPrivateKey: JSON.stringify(system.keys.user.privateJwk),
    internalTokenPrivateKey: JSON.stringify(system.keys.internal.privateJwk),
    subgraphUrls: Object.fromEntries(Object.entries(proxies).map(([name, p]) => [name, p.url])),
    subgraphTimeoutMs: BUDGET_MS,
    log: () => undefined,
  });
  ui = await openPortalUi({ ...system, gateway });
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await gateway?.stop();
  for (const proxy of Object.values(proxies)) await proxy.stop();
  await system?.stop();
});

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function whilePaused<T>(name: string, run: () => Promise<T>): Promise<T> {
  proxies[name].paused = true;
  try {
    return await run();
  } finally {
    proxies[name].paused = false;
  }
}

describe('a paused subgraph costs only its own section of the page', () => {
  it('the child page with placements paused: the placement section unavailable, the rest rendered', async () => {
    const { page } = await ui.signedIn(iroUsername);
    const started = Date.now();
    const res = await whilePaused('placements', () => page.goto(`/children/${childId}`));
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 3_000);
    expect(res!.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Rowan Testwood');
    const main = await mainText(page);
    expect(main).toContain(UNAVAILABLE);
    expect(main).toContain('Fernvale District Council');
    // The next review no longer waits for placements: care-planning holds the last placement change itself
    // (docs/decisions/0026), so the review section renders in full with placements paused.
    expect(main).toContain('Must be held by');
    expect(main).not.toContain('The next review: this part of the record could not be loaded');
    expect(main).not.toContain('not looked after');
    expect(main).not.toContain('No current placement'); // unknown is not "none"
    expect(main).not.toContain(PLACEMENT_LINE);
    expect(await axeViolations(page)).toEqual([]);
    // back: the placement is there again
    await page.goto(`/children/${childId}`);
    expect(await mainText(page)).toContain(PLACEMENT_LINE);
  });

  it('the contact page with family-contact paused: the sessions unavailable, the page and the child kept', async () => {
    const { page } = await ui.signedIn(iroUsername);
    const res = await whilePaused('family-contact', () => page.goto(`/children/${childId}/contact`));
    expect(res!.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Contact with family');
    const main = await mainText(page);
    expect(main).toContain(UNAVAILABLE);
    expect(main).toContain('Rowan Testwood');
    expect(main).not.toContain('Nothing is planned yet'); // unknown is not "none"
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/children/${childId}/contact`);
    const back = await mainText(page);
    expect(back).not.toContain(UNAVAILABLE);
    expect(back).toContain('30 November 2026');
  });
});
