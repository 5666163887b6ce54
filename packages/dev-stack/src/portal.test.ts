import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRoot } from './layout';
import { reactRouterServeScript } from './portal';

describe('reactRouterServeScript', () => {
  it("finds the JavaScript file behind the portal's react-router-serve", () => {
    const script = reactRouterServeScript(path.join(defaultRoot(), 'portal'));
    expect(script).toMatch(/@react-router[/\\]serve[/\\].*\.js$/);
    expect(existsSync(script)).toBe(true);
  });
});
