// A double-clicked "send" creates one message (docs/security.md#idempotent-creates): the message form carries a key
// made when the page was rendered, the portal passes it to the mutation, and the graph answers the second post with the
// first's result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
let system: System;
let ui: PortalUi;
let childId: string;
let username: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Quillow');
  const young = await world.youngPerson('2013-05-02', { iro: iro.id, givenName: 'Robin' });
  childId = young.childId;
  username = young.person.username;
  ui = await openPortalUi(system);
}, 180_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

async function messages(body: string): Promise<number> {
  const [{ n }] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT count(*)::int AS n FROM care_planning.iro_messages WHERE child_id = $1 AND body = $2',
    [childId, body],
  );
  return n as number;
}

/** The form as the browser would post it, twice at once: what a double-click on "Send" does to the server. */
async function postTwice(page: import('playwright-core').Page): Promise<number[]> {
  return page.evaluate(async () => {
    const form = document.querySelector<HTMLFormElement>('form:has(input[name="intent"][value="send"])')!;
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    const post = () =>
      fetch(form.action || window.location.href, { method: 'POST', body, redirect: 'manual' }).then((r) => r.status);
    return Promise.all([post(), post()]);
  });
}

describe('the message form', () => {
  it('posted twice with its key creates one message, and the page shows it once', async () => {
    const { context, page } = await ui.signedIn(username);
    await page.goto(`/children/${childId}/messages`);
    const text = 'Sent with a double-click';
    await page.getByLabel('What do you want to tell your IRO?').fill(text);
    const statuses = await postTwice(page);
    // both answered as a successful send (a redirect to the confirmation), neither refused
    expect(
      statuses.every((s) => s === 0 || (s >= 300 && s < 400)),
      String(statuses),
    ).toBe(true);
    expect(await messages(text)).toBe(1);
    await page.goto(`/children/${childId}/messages`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main.split(text).length - 1).toBe(1);
    await context.close();
  });

  it('a new render makes a new key: the same words sent again later are a second message', async () => {
    const { context, page } = await ui.signedIn(username);
    const text = 'Said twice on purpose';
    for (let i = 0; i < 2; i += 1) {
      await page.goto(`/children/${childId}/messages`);
      await page.getByLabel('What do you want to tell your IRO?').fill(text);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Send' }).first().click()]);
    }
    expect(await messages(text)).toBe(2);
    await context.close();
  });
});
