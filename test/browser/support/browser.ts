import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { type AxeNode, isKnownReveal } from './axe-allowance';

const require = createRequire(import.meta.url);

/** Debian's Chromium, driven by playwright-core (which never downloads a browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page (needs a context with bypassCSP: it injects an inline script). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: unknown[] }>> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const result = await page.evaluate(
    (tags) => (window as any).axe.run({ runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  return (result as { violations: Array<{ id: string; nodes: AxeNode[] }> }).violations
    .map((v) => ({
      id: v.id,
      nodes: v.id === 'aria-allowed-attr' ? v.nodes.filter((n) => !isKnownReveal(n)) : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0);
}

/** Fills in and posts the sign-in form, waiting for the page that answers. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign in' }).click()]);
}
