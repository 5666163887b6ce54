import { randomUUID } from 'node:crypto';
import { recomputeAuthorityReviewSchedule, recomputeForCalendar } from '@lac/care-planning';
import { CALENDAR_VERSION } from '@lac/statutory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// What care-planning's start task costs when the bank-holiday calendar changed and every stored row is older
// (reviews/calendar-change.ts; decision 0021, amendment of 2026-12-01): the same statements per batch of children
// whatever the authority's size, and the time it takes at 300 and 3,000 children (CALENDAR_CHILDREN=30000 for more).
const TODAY = '2026-11-23';
const SMALL_LA = '0e0e0e0e-0000-4000-8000-00000000000e';
const LARGE_LA = '0f0f0f0f-0000-4000-8000-00000000000f';
const LARGE = Number(process.env.CALENDAR_CHILDREN ?? 3000);
let system: System;
const db = () => system.subgraphs['care-planning'].dataSource;

/** An authority of `size` fictional children written in bulk, as oversight-scale.test.ts does: one or two reviews. */
async function authority(world: World, id: string, size: number): Promise<void> {
  await world.localAuthority(id, `Calendar ${size}`);
  const recorder = (await world.person('iro', undefined, id)).id;
  const ids = Array.from({ length: size }, () => randomUUID());
  await db().query(
    `INSERT INTO care_planning.children (id, local_authority_id, given_name, family_name, date_of_birth)
     SELECT c, $2, 'Child' || n, 'Calendarwood', DATE '2012-03-01' + (n % 2000)::int
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(c, n)`,
    [ids, id],
  );
  await db().query(
    `INSERT INTO care_planning.periods_of_care (child_id, start_date)
     SELECT c, DATE '2024-11-25' + (n % 700)::int FROM unnest($1::uuid[]) WITH ORDINALITY AS t(c, n)`,
    [ids],
  );
  await db().query(
    `INSERT INTO care_planning.reviews (child_id, status, kind, held_on, recorded_by)
     SELECT p.child_id, 'held', 'statutory', r.held_on, $2
       FROM care_planning.periods_of_care p
       JOIN unnest($1::uuid[]) WITH ORDINALITY AS t(c, n) ON t.c = p.child_id
       CROSS JOIN LATERAL (VALUES (p.start_date + 25), (p.start_date + 25 + 88)) AS r(held_on)
      WHERE r.held_on <= DATE '${TODAY}' AND (n % 5 <> 0 OR r.held_on = p.start_date + 25)`,
    [ids, recorder],
  );
  await recomputeAuthorityReviewSchedule(db().manager, id);
}

/** Every stored row of the authority as if an older calendar had computed it. */
async function makeOlder(id: string): Promise<void> {
  await db().query(
    `UPDATE care_planning.review_schedule SET calendar_version = 'england-bank-holidays/older' WHERE local_authority_id = $1`,
    [id],
  );
  await db().query(
    `UPDATE care_planning.review_timeliness t SET calendar_version = 'england-bank-holidays/older'
       FROM care_planning.children c WHERE c.id = t.child_id AND c.local_authority_id = $1`,
    [id],
  );
}

async function measure(id: string, size: number) {
  await makeOlder(id);
  const counter = system.subgraphs['care-planning'].statements;
  const before = counter.count;
  const result = await recomputeForCalendar(db());
  const statements = counter.count - before;
  const [{ older }]: Array<{ older: number }> = await db().query(
    `SELECT (SELECT count(*) FROM care_planning.review_schedule WHERE calendar_version IS DISTINCT FROM $1)::int +
            (SELECT count(*) FROM care_planning.review_timeliness WHERE calendar_version IS DISTINCT FROM $1)::int
              AS older`,
    [CALENDAR_VERSION],
  );
  console.log(
    `calendar change, ${size} children: ${result.recomputed} recomputed in ${result.ms} ms, ${statements} statements`,
  );
  return { ...result, statements, older };
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await authority(world, SMALL_LA, 300);
  await authority(world, LARGE_LA, LARGE);
  await system.admin.query('ANALYZE');
}, 900_000);

afterAll(() => system?.stop());

describe('recomputing stored review dates after a calendar change', () => {
  it('recomputes every older child, with the same statements per batch at 300 and at 3,000 children', async () => {
    const small = await measure(SMALL_LA, 300);
    const large = await measure(LARGE_LA, LARGE);
    expect(small).toMatchObject({ recomputed: 300, older: 0 });
    expect(large).toMatchObject({ recomputed: LARGE, older: 0 });
    // One statement finds a batch, the last finds none; each batch of up to 500 costs the same in between.
    const perBatch = (m: { statements: number }, children: number) => (m.statements - 1) / Math.ceil(children / 500);
    expect(perBatch(large, LARGE)).toBe(perBatch(small, 300));
    // Nothing older is left: a second run is one statement.
    const counter = system.subgraphs['care-planning'].statements;
    const before = counter.count;
    expect((await recomputeForCalendar(db())).recomputed).toBe(0);
    expect(counter.count - before).toBe(1);
  }, 900_000);
});
