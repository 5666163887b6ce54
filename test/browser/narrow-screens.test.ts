// Every page a demo account reaches is usable on a phone 390 px wide: nothing makes the page scroll sideways (a wide
// table scrolls inside its own labelled region instead). The demo local authority is seeded exactly as `pnpm start`
// seeds it (the registry's seed scripts, in their steps), and each demo account follows the links on its pages.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '@lac/registry';
import { DEMO_PASSWORD } from '@lac/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type System } from '../support/system';
import { signIn } from './support/browser';
import { type PortalUi, openPortalUi } from './support/portal-ui';

const TODAY = '2026-11-23';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Pages visited per account: the landing page and what its links lead to, breadth first. */
const PAGES_PER_ACCOUNT = 12;

let system: System;
let ui: PortalUi;

function seedDemo(databaseUrl: string): void {
  const scripts = [
    'gateway/dist/demo/seed-cli.js',
    ...SUBGRAPHS.flatMap((s) =>
      s.seeds.map((seed) => ({ step: seed.step, file: `subgraphs/${s.name}/${seed.script}` })),
    )
      .sort((a, b) => a.step - b.step)
      .map((s) => s.file),
  ];
  for (const script of scripts) {
    const run = spawnSync(process.execPath, [path.join(ROOT, script)], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, DEMO_TODAY: TODAY },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`${script} failed:\n${run.stdout}\n${run.stderr}`);
  }
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  seedDemo(system.databaseUrl);
  ui = await openPortalUi(system);
}, 600_000);

afterAll(async () => {
  await ui?.stop();
  await system?.stop();
});

/** How far the page scrolls sideways at this width: 0 when it fits. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function walk(username: string): Promise<Array<{ path: string; overflow: number }>> {
  const context = await ui.browser.newContext({ baseURL: ui.portal.url, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await signIn(page, username, DEMO_PASSWORD);
    const queue = [new URL(page.url()).pathname];
    const seen = new Set<string>();
    const overflowing: Array<{ path: string; overflow: number }> = [];
    while (queue.length > 0 && seen.size < PAGES_PER_ACCOUNT) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const res = await page.goto(next);
      expect(res?.status(), next).toBe(200);
      const overflow = await sideways(page);
      if (overflow > 0) overflowing.push({ path: next, overflow });
      const links = await page.locator('main a[href^="/"]').evaluateAll((as) =>
        // With the query: a link such as an oversight figure's names what it lists there.
        as.map((a) => {
          const url = new URL((a as HTMLAnchorElement).href);
          return url.pathname + url.search;
        }),
      );
      for (const link of links) if (!seen.has(link) && link !== '/sign-in') queue.push(link);
    }
    expect(seen.size).toBeGreaterThan(1);
    return overflowing;
  } finally {
    await context.close();
  }
}

describe('at 390 px wide', () => {
  it.each(['iro', 'iro-manager', 'social-worker', 'parent', 'foster-carer', 'young-person'])(
    'no page %s reaches scrolls sideways',
    async (username) => {
      expect(await walk(username)).toEqual([]);
    },
    180_000,
  );
});
