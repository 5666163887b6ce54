import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './browser';

/** A page has one h1 with exactly this text (or matching this pattern) and no axe violations. */
export async function expectAccessible(page: Page, h1: string | RegExp): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  const text = page.locator('h1').textContent();
  if (typeof h1 === 'string') await expect(text).resolves.toBe(h1);
  else await expect(text).resolves.toMatch(h1);
  expect(await axeViolations(page)).toEqual([]);
}
