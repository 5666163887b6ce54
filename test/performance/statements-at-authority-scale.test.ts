import { afterAll, describe, expect, it } from 'vitest';
import { CASELOAD_QUERY, CASELOAD_VARIABLES, CHILD_QUERY } from '../bench/portal-queries.mjs';
import { seedDemoAuthority } from '../support/demo-authority';
import { type System, startSystem } from '../support/system';

// The statement-count contract at authority scale: what the demo IRO's caseload page and child page cost in SQL
// statements, per subgraph, must not depend on how many children the local authority has (only oversight may grow
// with the authority; docs/benchmarks.md). 300 and 3,000 children here: seeding 30,000 takes minutes, too slow for
// the suite; `pnpm bench` (BENCH_SIZES=300,3000,30000) counts them at 30,000 too.
const TODAY = '2026-11-23';
let system: System | undefined;

type Cost = Record<string, { sql: number; http: number }>;

interface PageCosts {
  caseloadChildren: number;
  caseload: Cost;
  childPage: Cost;
}

async function measure(s: System, token: string, query: string, variables: Record<string, unknown>): Promise<Cost> {
  const before = Object.fromEntries(
    Object.entries(s.subgraphs).map(([n, g]) => [n, { sql: g.statements.count, http: g.requests.count }]),
  );
  const res = await s.rawGraphql(token, query, variables);
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(
    Object.entries(s.subgraphs).map(([n, g]) => [
      n,
      { sql: g.statements.count - before[n].sql, http: g.requests.count - before[n].http },
    ]),
  );
}

/** A fresh system (every table emptied) with the demo authority at `children`, and the demo IRO's two pages' costs. */
async function atSize(children: number): Promise<PageCosts> {
  await system?.stop();
  system = await startSystem({ today: TODAY });
  await seedDemoAuthority(system, TODAY, children);
  const [{ n }] = await system.admin.query<Array<{ n: number }>>(
    'SELECT count(*)::int AS n FROM care_planning.children',
  );
  expect(n).toBe(children);
  const token = await system.signIn('iro', 'demo-password');
  const page = await system.rawGraphql<{ me: { caseload: { items: Array<{ id: string }> } } }>(
    token,
    CASELOAD_QUERY,
    CASELOAD_VARIABLES,
  );
  const ids = page.data!.me.caseload.items.map((c) => c.id);
  // The first request after seeding warms each service's caches (the settings, the query plans) once, as at start.
  await measure(system, token, CHILD_QUERY, { id: ids[0] });
  return {
    caseloadChildren: ids.length,
    caseload: await measure(system, token, CASELOAD_QUERY, CASELOAD_VARIABLES),
    // A different child from the warmed one, so nothing is answered from a per-request cache of the last.
    childPage: await measure(system, token, CHILD_QUERY, { id: ids[1] }),
  };
}

afterAll(() => system?.stop());

describe('the caseload and the child page at authority scale', () => {
  it('cost the same SQL statements per subgraph with 300 and 3,000 children in the authority', async () => {
    const small = await atSize(300);
    const large = await atSize(3000);
    // The demo IRO's caseload is the same size at every authority size; only the authority grew.
    expect(small.caseloadChildren).toBe(50);
    expect(large.caseloadChildren).toBe(50);
    expect(large.caseload).toEqual(small.caseload);
    expect(large.childPage).toEqual(small.childPage);
    // One care-planning fetch for each page: the next review reads the placement change care-planning holds, not
    // placements' through a second fetch (docs/decisions/0026).
    expect(small.caseload['care-planning'].http).toBe(1);
    expect(small.childPage['care-planning'].http).toBe(1);
    // Measured (docs/benchmarks.md#the-caseloads-statements): the portal's caseload costs care-planning the page of
    // children (the authority's settings joined to it), every child's facts in one statement (children/child-facts.ts)
    // and the audit append; placements its placements with their plans' dates, and the audit append. The child page:
    // care-planning 7 (the child with its settings, its authority, the names and work contacts of its IRO and social
    // worker, its reviews, its facts with its allocations, periods and legal statuses, the audit append).
    expect(small.caseload['care-planning'].sql).toBe(3);
    expect(small.caseload.placements.sql).toBe(2);
    expect(small.childPage['care-planning'].sql).toBe(7);
    expect(small.childPage.placements.sql).toBe(3);
    console.log('statements per subgraph at 300 and 3,000 children', JSON.stringify(small));
  }, 240_000);
});
