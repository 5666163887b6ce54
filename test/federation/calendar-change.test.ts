import { recomputeForCalendar, recomputeReviewSchedule, recordReviewHeld } from '@lac/care-planning';
import { CALENDAR_VERSION, ENGLAND_CALENDAR, defineHolidayCalendar } from '@lac/statutory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// A new bank-holiday calendar (a dependency update) changes due dates already stored: care-planning works out again
// every child whose stored rows name another calendar version (reviews/calendar-change.ts, decision 0021's
// amendment of 2026-12-01). "The calendar before" here is this build's England calendar without Monday
// 28 December 2026 (the substitute Boxing Day), as if that holiday had been announced after the rows were stored.
const TODAY = '2027-01-14';
const MISSING = '2026-12-28';
const table: Record<number, Array<[string, string]>> = {};
for (let year = 2020; year <= 2035; year += 1) {
  table[year] = ENGLAND_CALENDAR.bankHolidays(year)
    .filter((h) => h.date !== MISSING)
    .map((h): [string, string] => [h.date, h.name]);
}
const BEFORE = defineHolidayCalendar('test/england-before-28-december-2026', table);

let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let manager: Awaited<ReturnType<World['person']>>;

const db = () => system.subgraphs['care-planning'].dataSource;

interface Schedule {
  due_by: string;
  latest_working_day: string;
  calendar_version: string;
  last_review_held: string | null;
  reviews_counted: number;
  xmin: string;
}
async function schedule(childId: string): Promise<Schedule | undefined> {
  const rows: Schedule[] = await db().query(
    `SELECT due_by::text, latest_working_day::text, calendar_version, last_review_held::text, reviews_counted,
            xmin::text FROM care_planning.review_schedule WHERE child_id = $1`,
    [childId],
  );
  return rows[0];
}
interface Timeliness {
  held_on: string;
  due_by: string;
  on_time: boolean;
  calendar_version: string | null;
  xmin: string;
}
async function timeliness(childId: string): Promise<Timeliness[]> {
  return db().query<Timeliness[]>(
    `SELECT held_on::text, due_by::text, on_time, calendar_version, xmin::text
       FROM care_planning.review_timeliness WHERE child_id = $1 ORDER BY held_on`,
    [childId],
  );
}
/** Stores a child's rows as the calendar before would have (the same function every write uses). */
const storeWithCalendarBefore = (childIds: string[]) =>
  db().transaction((em) => recomputeReviewSchedule(em, childIds, BEFORE));

const OVERSIGHT = `query CalendarChangeOversight {
  oversight { totals { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTime } }
}`;
async function totals() {
  const res = await system.rawGraphql<{ oversight: { totals: Record<string, number> } }>(
    await manager.token(),
    OVERSIGHT,
  );
  expect(res.errors, res.raw).toBeUndefined();
  return res.data!.oversight.totals;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivo Testmoor');
  manager = await world.person('iro_manager', 'Mona Testmoor');
}, 120_000);

afterAll(() => system?.stop());

describe('stored review dates follow a change of the bank-holiday calendar', () => {
  it('recomputes rows stored under another version, leaves current rows alone, and oversight reads the new rows', async () => {
    // First review 20 working days after 14 Dec 2026: 13 Jan 2027 without the holiday, 14 Jan with it.
    const firstReview = await world.child({ iro: iro.id, since: '2026-12-14' });
    // Second review three months after 28 Sep 2026: 28 Dec 2026, whose latest working day is the 24th once the
    // 28th is a holiday.
    const secondReview = await world.child({ iro: iro.id, since: '2026-09-01' });
    await world.reviewHeld(secondReview, '2026-09-28', iro.id);
    // A first review held on 14 Jan 2027: a day late by the calendar before, on time by this one.
    const heldOnTheDay = await world.child({ iro: iro.id, since: '2026-12-14' });
    await world.reviewHeld(heldOnTheDay, '2027-01-14', iro.id);
    // Stored by this calendar already: neither its next review nor its review's timeliness is written again.
    const current = await world.child({ iro: iro.id, since: '2026-09-01' });
    await world.reviewHeld(current, '2026-09-28', iro.id);
    // Timeliness rows that name no calendar (as the migration adding the column leaves them) count as older.
    const unnamed = await world.child({ iro: iro.id, since: '2026-09-01' });
    await world.reviewHeld(unnamed, '2026-09-28', iro.id);
    await db().query('UPDATE care_planning.review_timeliness SET calendar_version = NULL WHERE child_id = $1', [
      unnamed,
    ]);
    await storeWithCalendarBefore([firstReview, secondReview, heldOnTheDay]);

    expect(await schedule(firstReview)).toMatchObject({ due_by: '2027-01-13', calendar_version: BEFORE.version });
    expect(await schedule(secondReview)).toMatchObject({ due_by: '2026-12-28', latest_working_day: '2026-12-28' });
    expect(await timeliness(heldOnTheDay)).toMatchObject([{ due_by: '2027-01-13', on_time: false }]);
    // Before: the first review is overdue (due yesterday) beside the three second reviews due 28 Dec, and the
    // review held on 14 Jan is late.
    expect(await totals()).toEqual({
      children: 5,
      overdueReviews: 4,
      dueSoonReviews: 0,
      reviewsHeldLast12Months: 4,
      reviewsOnTime: 3,
    });
    const untouched = { schedule: await schedule(current), timeliness: await timeliness(current) };

    // Two children per batch, so the run pages through the stale children in several transactions.
    const result = await recomputeForCalendar(db(), { batchSize: 2 });
    expect(result).toMatchObject({ recomputed: 4, calendarVersion: CALENDAR_VERSION });

    expect(await schedule(firstReview)).toMatchObject({ due_by: '2027-01-14', calendar_version: CALENDAR_VERSION });
    expect(await schedule(secondReview)).toMatchObject({ due_by: '2026-12-28', latest_working_day: '2026-12-24' });
    expect(await timeliness(heldOnTheDay)).toMatchObject([
      { due_by: '2027-01-14', on_time: true, calendar_version: CALENDAR_VERSION },
    ]);
    expect(await timeliness(unnamed)).toMatchObject([{ calendar_version: CALENDAR_VERSION }]);
    // Same physical rows: nothing rewrote them.
    expect({ schedule: await schedule(current), timeliness: await timeliness(current) }).toEqual(untouched);
    // After: the first review is due today (due soon, not overdue) and every review was on time.
    expect(await totals()).toEqual({
      children: 5,
      overdueReviews: 3,
      dueSoonReviews: 1,
      reviewsHeldLast12Months: 4,
      reviewsOnTime: 4,
    });

    // Idempotent: a second run finds nothing.
    expect((await recomputeForCalendar(db())).recomputed).toBe(0);
  });

  it('waits for a write holding the child, and does not overwrite what it stored', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-12-14' });
    await storeWithCalendarBefore([childId]);
    const write = db().createQueryRunner();
    await write.connect();
    await write.startTransaction();
    let recomputation: ReturnType<typeof recomputeForCalendar>;
    try {
      // A review recorded in a transaction not yet committed: it holds the child's lock and its new stored row.
      await recordReviewHeld(write.manager, { childId, heldOn: '2027-01-12', recordedBy: iro.id }, TODAY);
      recomputation = recomputeForCalendar(db());
      await waitForLockWait();
      await write.commitTransaction();
    } finally {
      if (write.isTransactionActive) await write.rollbackTransaction();
      await write.release();
    }
    // The write stored this calendar's answer, so after the lock the child is no longer stale: nothing to redo.
    expect((await recomputation).recomputed).toBe(0);
    expect(await schedule(childId)).toMatchObject({
      calendar_version: CALENDAR_VERSION,
      last_review_held: '2027-01-12',
      reviews_counted: 1,
      due_by: '2027-04-12',
    });
  });

  it('runs when care-planning starts, after it listens', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-12-14' });
    await storeWithCalendarBefore([childId]);
    const extra = await system.startExtraSubgraph('care-planning');
    try {
      await extra.started;
    } finally {
      await extra.stop();
    }
    expect(await schedule(childId)).toMatchObject({ due_by: '2027-01-14', calendar_version: CALENDAR_VERSION });
  });
});

/** Until the recomputation waits on the child's lock held by the uncommitted write. */
async function waitForLockWait(): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const [{ n }]: Array<{ n: number }> = await system.admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR NO KEY UPDATE%'`,
    );
    if (n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the recomputation never waited on the lock');
}
