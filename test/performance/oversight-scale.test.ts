import { randomUUID } from 'node:crypto';
import { recomputeAuthorityReviewSchedule } from '@lac/care-planning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// The manager's oversight at two sizes of authority: the same statements whatever its size, and figures worked
// out in SQL over the stored due dates rather than the date rules run per child (docs/decisions/0021).
const TODAY = '2026-11-23';
const SMALL_LA = '0c0c0c0c-0000-4000-8000-00000000000c';
const LARGE_LA = '0d0d0d0d-0000-4000-8000-00000000000d';
const LARGE = Number(process.env.OVERSIGHT_CHILDREN ?? 3000);
let system: System;
let small: () => Promise<string>;
let large: () => Promise<string>;

const OVERSIGHT = `query OversightScale {
  oversight {
    unallocatedChildren
    childrenNotCounted
    totals { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTime overdueReviewRecords
             driftingRecommendations openChallenges overdueChallengeResponses }
    iros { iro { id } counts { children overdueReviews dueSoonReviews overdueReviewRecords } }
  }
}`;

/**
 * An authority of `size` fictional children written in bulk, as an import would: periods of care starting across
 * the last two years, one or two reviews held, some records not yet completed, ten IROs.
 */
async function authority(world: World, id: string, size: number): Promise<() => Promise<string>> {
  const db = system.subgraphs['care-planning'].dataSource;
  await world.localAuthority(id, `Scale ${size}`);
  const iros = [];
  for (let i = 0; i < 10; i += 1) iros.push((await world.person('iro', undefined, id)).id);
  const manager = await world.person('iro_manager', undefined, id);
  const ids = Array.from({ length: size }, () => randomUUID());
  await db.query(
    `INSERT INTO care_planning.children (id, local_authority_id, given_name, family_name, date_of_birth)
     SELECT c, $2, 'Child' || n, 'Scalewood', DATE '2012-03-01' + (n % 2000)::int
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(c, n)`,
    [ids, id],
  );
  await db.query(
    `INSERT INTO care_planning.periods_of_care (child_id, start_date)
     SELECT c, DATE '2024-11-25' + (n % 700)::int FROM unnest($1::uuid[]) WITH ORDINALITY AS t(c, n)`,
    [ids],
  );
  await db.query(
    `INSERT INTO care_planning.allocations (child_id, role, person_id, start_date)
     SELECT c, 'iro', ($2::uuid[])[1 + n % 10], DATE '2024-11-25'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(c, n) WHERE n % 50 <> 0`,
    [ids, iros],
  );
  await db.query(
    `INSERT INTO care_planning.reviews (child_id, status, kind, held_on, recorded_by, decisions_issued_on, record_completed_on)
     SELECT p.child_id, 'held', 'statutory', r.held_on, $2,
            CASE WHEN n % 3 = 0 THEN NULL ELSE r.held_on + 3 END, CASE WHEN n % 4 = 0 THEN NULL ELSE r.held_on + 20 END
       FROM care_planning.periods_of_care p
       JOIN unnest($1::uuid[]) WITH ORDINALITY AS t(c, n) ON t.c = p.child_id
       CROSS JOIN LATERAL (VALUES (p.start_date + 25), (p.start_date + 25 + 88)) AS r(held_on)
      WHERE r.held_on <= DATE '${TODAY}' AND (n % 5 <> 0 OR r.held_on = p.start_date + 25)`,
    [ids, iros[0]],
  );
  await recomputeAuthorityReviewSchedule(db.manager, id);
  // As autovacuum would after an import this size: the planner's row counts, not an empty table's.
  await system.admin.query('ANALYZE');
  return manager.token;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  small = await authority(world, SMALL_LA, 300);
  large = await authority(world, LARGE_LA, LARGE);
}, 600_000);

afterAll(() => system?.stop());

async function measure(token: string) {
  const before = system.subgraphs['care-planning'].statements.count;
  const started = performance.now();
  const res = await system.rawGraphql<{ oversight: { totals: { children: number } } }>(token, OVERSIGHT);
  const ms = performance.now() - started;
  expect(res.errors, res.raw).toBeUndefined();
  return { ms, sql: system.subgraphs['care-planning'].statements.count - before, data: res.data! };
}

describe('the manager’s oversight at 300 and at ' + LARGE + ' children', () => {
  it('costs the same statements at both sizes and answers the large authority quickly', async () => {
    const smallToken = await small();
    const largeToken = await large();
    await measure(smallToken);
    await measure(largeToken);
    const s = await measure(smallToken);
    const times: number[] = [];
    let l = await measure(largeToken);
    for (let i = 0; i < 5; i += 1) times.push((l = await measure(largeToken)).ms);
    times.sort((a, b) => a - b);
    console.log(
      `oversight: 300 children ${s.ms.toFixed(0)} ms; ${LARGE} children median ${times[2].toFixed(0)} ms, ` +
        `max ${times[4].toFixed(0)} ms; statements ${s.sql} / ${l.sql}`,
    );
    expect(s.data.oversight.totals.children).toBe(300);
    expect(l.data.oversight.totals.children).toBe(LARGE);
    expect(l.sql).toBe(s.sql);
  });
});
