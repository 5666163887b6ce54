import { SUBGRAPHS } from '@lac/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type System, startSystem } from '../support/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system?.stop());

describe('health', () => {
  it('every service answers GET /health without a token, and says nothing else', async () => {
    const urls: Record<string, string> = { gateway: `${system.gateway.origin}/health` };
    for (const { name } of SUBGRAPHS) urls[name] = system.subgraphs[name].url.replace('/graphql', '/health');
    expect(Object.keys(urls)).toEqual(['gateway', ...SUBGRAPHS.map((s) => s.name)]);
    for (const [service, url] of Object.entries(urls)) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', service });
    }
  });

  it('stops cleanly: a stopped subgraph no longer accepts connections', async () => {
    // an instance of its own: the worker's placements serves the files after this one
    const placements = await system.startExtraSubgraph('placements');
    const url = placements.url;
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    await placements.stop();
    await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();
  });
});
