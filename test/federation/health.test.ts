import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type System, startSystem } from '../support/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system?.stop());

describe('health', () => {
  it('every service answers GET /health without a token, and says nothing else', async () => {
    const urls = {
      gateway: `${system.gateway.origin}/health`,
      'care-planning': system.carePlanning.url.replace('/graphql', '/health'),
      placements: system.placements.url.replace('/graphql', '/health'),
    };
    for (const [service, url] of Object.entries(urls)) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', service });
    }
  });

  it('stops cleanly: a stopped subgraph no longer accepts connections', async () => {
    const url = system.placements.url;
    await system.placements.stop();
    await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();
  });
});
