import { ENGLAND_CALENDAR, type HolidayCalendar } from '@lac/statutory';
import type { DataSource, EntityManager } from 'typeorm';
import { lockChildren, recomputeReviewSchedule } from './stored-schedule';

type Db = Pick<EntityManager, 'query'>;

/** Children per transaction: short enough that a write waiting on one of their locks waits little. */
export const CALENDAR_BATCH = 500;

/**
 * Children whose stored rows (the next review, or a review's timeliness) came from another calendar version, after
 * `$2` in id order. Each side walks its child-id index and stops at the limit, so a batch costs the same however
 * many children come after it.
 */
const STALE = `
  (SELECT child_id FROM care_planning.review_schedule
    WHERE calendar_version IS DISTINCT FROM $1 AND child_id > $2 AND ($3::uuid[] IS NULL OR child_id = ANY($3::uuid[]))
    ORDER BY child_id LIMIT $4)
  UNION
  (SELECT DISTINCT child_id FROM care_planning.review_timeliness
    WHERE calendar_version IS DISTINCT FROM $1 AND child_id > $2 AND ($3::uuid[] IS NULL OR child_id = ANY($3::uuid[]))
    ORDER BY child_id LIMIT $4)
  ORDER BY child_id LIMIT $4`;

export interface CalendarRecomputation {
  /** Children whose stored rows were worked out again with this calendar. */
  recomputed: number;
  calendarVersion: string;
  ms: number;
}

/**
 * A change to the bank-holiday calendar (a newly proclaimed holiday arriving with a dependency update) changes
 * due dates already stored (docs/decisions/0021, amendment of 2026-12-01): this finds the children whose stored
 * rows name another calendar version and works them out again with the same functions the writes use. In batches
 * in child-id order, each its own transaction holding the per-child lock every write takes, so a write committed
 * meanwhile is read rather than overwritten; after the lock, only children still stale are rewritten (a write may
 * have stored them with this calendar already). Running it again finds nothing: it is idempotent.
 */
export async function recomputeForCalendar(
  db: DataSource,
  options: { calendar?: HolidayCalendar; batchSize?: number; signal?: AbortSignal } = {},
): Promise<CalendarRecomputation> {
  const calendar = options.calendar ?? ENGLAND_CALENDAR;
  const batchSize = options.batchSize ?? CALENDAR_BATCH;
  const started = performance.now();
  let after = '00000000-0000-0000-0000-000000000000';
  let recomputed = 0;
  while (!options.signal?.aborted) {
    const batch = await staleChildren(db, calendar, after, null, batchSize);
    if (batch.length === 0) break;
    after = batch[batch.length - 1];
    recomputed += await db.transaction((em) => recomputeStale(em, batch, calendar));
  }
  return { recomputed, calendarVersion: calendar.version, ms: Math.round(performance.now() - started) };
}

async function staleChildren(
  db: Db,
  calendar: HolidayCalendar,
  after: string,
  among: readonly string[] | null,
  limit: number,
): Promise<string[]> {
  const rows: Array<{ child_id: string }> = await db.query(STALE, [calendar.version, after, among, limit]);
  return rows.map((r) => r.child_id);
}

/** One batch in the caller's transaction: lock, keep those still stale, store them again. */
async function recomputeStale(em: Db, candidates: readonly string[], calendar: HolidayCalendar): Promise<number> {
  await lockChildren(em, candidates);
  const stale = await staleChildren(
    em,
    calendar,
    '00000000-0000-0000-0000-000000000000',
    candidates,
    candidates.length,
  );
  if (stale.length === 0) return 0;
  // The same function as every write (it takes the lock again, which this transaction already holds).
  await recomputeReviewSchedule(em, stale, calendar);
  return stale.length;
}

/** Care-planning's start task (subgraph.ts): bring stored due dates up to this build's calendar, and say so. */
export async function recomputeForCalendarOnStart(db: DataSource, signal: AbortSignal): Promise<void> {
  const result = await recomputeForCalendar(db, { signal });
  console.log(
    `[care-planning] stored review dates: ${result.recomputed} children recomputed for calendar ` +
      `${result.calendarVersion} in ${result.ms} ms${signal.aborted ? ' (stopped early; the next start resumes)' : ''}`,
  );
}
