import { londonToday } from '@lac/access';
import { createTestDatabase, demoAuthority } from '@lac/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPHS } from '@lac/registry';
import { assertBuilt, defaultRoot } from './layout';
import type { RunningStack } from './options';
import { startStack } from './stack';

// Runs the built services (dist/): the root `pnpm test` builds first; on its own, run `pnpm build` before.
describe('startStack', () => {
  let stack: RunningStack | undefined;
  let databaseUrl: string;
  const lines: string[] = [];

  beforeAll(async () => {
    assertBuilt(defaultRoot());
    databaseUrl = await createTestDatabase(inject('databaseUrl'), 'stack');
    try {
      stack = await startStack({
        databaseUrl,
        ports: 'any',
        keys: 'ephemeral',
        portal: false,
        log: (line) => lines.push(line),
      });
    } catch (error) {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\n--- stack output ---\n${lines.slice(-40).join('\n')}`,
        { cause: error },
      );
    }
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('signs the demo IRO in and answers their caseload through the gateway', async () => {
    const s = stack!;
    expect(s.gatewayUrl).not.toContain(':4000');
    const tokenResponse = await fetch(`${s.gatewayUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'iro', password: s.password }),
    });
    expect(tokenResponse.status).toBe(200);
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };

    const response = await fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          '{ me { displayName caseload(first: 5) { totalCount items { givenName nextReview { dueBy status } currentPlacement { placementType } } } } }',
      }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: {
        me: {
          displayName: string;
          caseload: {
            totalCount: number;
            items: Array<{
              givenName: string;
              nextReview: { dueBy: string; status: string } | null;
              currentPlacement: { placementType: string } | null;
            }>;
          };
        };
      };
    };
    expect(body.errors).toBeUndefined();
    const { me } = body.data;
    const iro = s.accounts.find((a) => a.username === 'iro')!;
    expect(me.displayName).toBe(demoAuthority(londonToday()).people.find((p) => p.id === iro.personId)!.displayName);
    expect(me.caseload.totalCount).toBeGreaterThanOrEqual(45);
    expect(me.caseload.totalCount).toBeLessThanOrEqual(55);
    expect(me.caseload.items).toHaveLength(5);
    for (const child of me.caseload.items) {
      expect(child.nextReview?.status).toMatch(/^(OVERDUE|DUE_SOON|ON_TRACK)$/);
      expect(child.currentPlacement?.placementType).toMatch(/^(U[1-6]|K2)$/);
    }
  }, 30_000);

  it('leaves the seeded demo with fresh planner statistics (an ANALYZE after the bulk load)', async () => {
    // Without them PostgreSQL plans the manager's oversight for empty tables: ten times slower at 3,000 children.
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ analyzed: boolean }>(
        `SELECT last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables
          WHERE schemaname = 'care_planning' AND relname = 'children'`,
      );
      expect(rows).toEqual([{ analyzed: true }]);
    } finally {
      await client.end();
    }
  });

  it('runs every declared subgraph, each answering its own health check', async () => {
    const s = stack!;
    expect(Object.keys(s.subgraphs).sort()).toEqual(SUBGRAPHS.map((d) => d.name).sort());
    for (const [name, service] of Object.entries(s.subgraphs)) {
      const res = await fetch(`${service.origin}/health`);
      expect(await res.json()).toMatchObject({ status: 'ok', service: name });
    }
    const gateway = await (await fetch(`${s.gatewayUrl}/health`)).json();
    expect(gateway).toMatchObject({ status: 'ok', service: 'gateway', subgraphs: SUBGRAPHS.map((d) => d.name) });
  }, 30_000);

  it('stops every service', async () => {
    const s = stack!;
    await s.stop();
    for (const url of [s.gatewayUrl, ...Object.values(s.subgraphs).map((x) => x.origin)]) {
      await expect(fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    }
  }, 30_000);
});
