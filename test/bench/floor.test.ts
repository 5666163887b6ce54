import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAuthority } from '../support/demo-authority';
import { type System, startSystem } from '../support/system';
// The benchmark's floor statement, kept beside the bench (plain JavaScript, so `pnpm bench` runs it unbuilt).
import { FLOOR_SQL, floorParams } from './floor.mjs';

const TODAY = '2026-11-23';
let system: System;
let iroPersonId: string;
let token: string;

// The portal's caseload query's children and counts (portal/app/routes/caseload/caseload.tsx, whole caseload).
const CASELOAD = `query FloorCheckCaseload { me { caseload(first: 100, offset: 0) { totalCount items {
  id givenName familyName dateOfBirth driftingRecommendationCount overdueReviewRecords openChallengeCount
  overdueChallengeResponseCount unreadMessagesFromChild } } } }`;

interface Row {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  overdueReviewRecords: number;
  driftingRecommendationCount: number;
  openChallengeCount: number;
  overdueChallengeResponseCount: number;
  unreadMessagesFromChild: number;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const demo = await seedDemoAuthority(system, TODAY, 300);
  iroPersonId = demo.accounts.find((a) => a.username === 'iro')!.personId;
  token = await system.signIn('iro', 'demo-password');
}, 120_000);

afterAll(() => system?.stop());

async function gateway(): Promise<{ totalCount: number; items: Row[] }> {
  const res = await system.rawGraphql<{ me: { caseload: { totalCount: number; items: Row[] } } }>(token, CASELOAD);
  expect(res.errors).toBeUndefined();
  return res.data!.me.caseload;
}

async function floor(): Promise<{ totalCount: number; items: Row[] }> {
  const [row] = await system.admin.query<Array<{ caseload: { totalCount: number; items: Row[] } }>>(
    FLOOR_SQL,
    floorParams(iroPersonId, TODAY),
  );
  return row.caseload;
}

const byId = (rows: Row[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('the benchmark floor (test/bench/floor.mjs)', () => {
  it('returns the same children and the same counts as the gateway’s caseload, on the demo authority', async () => {
    const [stack, sql] = [await gateway(), await floor()];
    expect(sql.totalCount).toBe(50);
    expect(sql.totalCount).toBe(stack.totalCount);
    expect(byId(sql.items)).toEqual(byId(stack.items));
    // The demo gives the counts work to do: not every count is zero (a floor that computed nothing would pass).
    const sum = (k: keyof Row) => sql.items.reduce((n, c) => n + Number(c[k]), 0);
    expect(sum('overdueReviewRecords')).toBeGreaterThan(0);
    expect(sum('driftingRecommendationCount')).toBeGreaterThan(0);
  });

  it('still agrees after the facts change: a held review’s decisions and record go overdue', async () => {
    // Change facts the counts read, as the services would have written them, and compare again.
    const [child] = (await floor()).items;
    await system.admin.query(
      `UPDATE care_planning.reviews SET decisions_issued_on = NULL, record_completed_on = NULL
        WHERE child_id = $1 AND held_on = (SELECT max(held_on) FROM care_planning.reviews WHERE child_id = $1 AND held_on < $2::date - 40)`,
      [child.id, TODAY],
    );
    const [stack, sql] = [await gateway(), await floor()];
    expect(byId(sql.items)).toEqual(byId(stack.items));
    expect(sql.items.find((c) => c.id === child.id)!.overdueReviewRecords).toBeGreaterThan(child.overdueReviewRecords);
  });

  it('still agrees after the IRO reads a child’s messages: only the IRO’s own read marker counts', async () => {
    const before = await floor();
    const child = before.items.find((c) => c.unreadMessagesFromChild > 0);
    expect(child, 'the demo has a child with unread messages').toBeDefined();
    // A marker of someone else changes nothing; the IRO's own marker clears the count (as markIroMessagesRead writes).
    const mark = (reader: string) =>
      system.admin.query(
        `INSERT INTO care_planning.iro_message_reads (child_id, reader_id, read_up_to) VALUES ($1, $2, now())
         ON CONFLICT (child_id, reader_id) DO UPDATE SET read_up_to = excluded.read_up_to`,
        [child!.id, reader],
      );
    await mark(randomUUID());
    let [stack, sql] = [await gateway(), await floor()];
    expect(byId(sql.items)).toEqual(byId(stack.items));
    expect(sql.items.find((c) => c.id === child!.id)!.unreadMessagesFromChild).toBe(child!.unreadMessagesFromChild);
    await mark(iroPersonId);
    [stack, sql] = [await gateway(), await floor()];
    expect(byId(sql.items)).toEqual(byId(stack.items));
    expect(sql.items.find((c) => c.id === child!.id)!.unreadMessagesFromChild).toBe(0);
  });
});
