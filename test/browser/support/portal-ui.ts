import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PASSWORD } from '../../support/factories';
import type { System } from '../../support/system';
import { launchChromium, signIn } from './browser';
import { type RunningPortal, portalDatabaseEnv, startPortal } from './portal-server';

export const E2E_SESSION_SECRET = 'e2e-session-secret-e2e-session-secret-0123';

/** The built portal in front of a running system, and a Chromium to drive it: what each browser suite needs. */
export interface PortalUi {
  portal: RunningPortal;
  browser: Browser;
  /** A fresh browser for one person (accounts made by World), signed in, on the page the portal sent them to. */
  signedIn(username: string): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

export async function openPortalUi(system: System, options: { trustProxy?: boolean } = {}): Promise<PortalUi> {
  const portal = await startPortal({
    ...portalDatabaseEnv(system.roles),
    GATEWAY_URL: system.gateway.origin,
    SESSION_SECRET: E2E_SESSION_SECRET,
    ...(options.trustProxy === false ? {} : { TRUST_PROXY: 'true' }),
  });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    portal,
    browser,
    async signedIn(username) {
      // axe-core is injected as an inline script, so these contexts bypass the page's CSP.
      const context = await browser.newContext({
        baseURL: portal.url,
        bypassCSP: true,
        viewport: { width: 1024, height: 768 },
      });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, username, PASSWORD);
      return { context, page };
    },
    async stop() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await portal.stop();
    },
  };
}
