import {
  ENGLAND_CALENDAR,
  type HolidayCalendar,
  type ReviewHeld,
  type ScheduledReview,
  parseIsoDate,
  reviewTimeliness,
  scheduledReview,
} from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { ReviewKind, ReviewState } from './review-enums';

type Db = Pick<EntityManager, 'query'>;

/** One child's stored next review: the facts-only part of docs/domain.md#review-timescales, kept with its basis. */
export interface StoredSchedule {
  childId: string;
  localAuthorityId: string;
  periodStart: string;
  /** Null with `problem` when the facts hold a date the rules cannot count from (before the calendar's coverage). */
  schedule: ScheduledReview | null;
  problem: string | null;
  lastReviewHeld: string | null;
}

/**
 * Works out, from the recorded facts, each child's next review and stores it with its basis, in the caller's
 * transaction. Every write that changes a fact the rule reads calls this for the children it touched (a period of
 * care recorded or ended, a review held or its date amended, an authority's additional-review setting saved), so a
 * read never runs the rule again: it derives the status from the stored date and today (`reviewStatusOn`).
 * A child with no open period of care has no row: nothing is due.
 */
export async function recomputeReviewSchedule(
  db: Db,
  childIds: readonly string[],
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): Promise<void> {
  if (childIds.length === 0) return;
  await lockChildren(db, childIds);
  await storeNextReviews(db, childIds, calendar);
  await storeTimeliness(db, childIds, calendar);
  await markTimelinessCalendar(db, childIds, calendar);
}

/**
 * Records on each child's timeliness rows the calendar version they were worked out with, as the schedule row's
 * basis does, so a later calendar finds them (calendar-change.ts). A statement of its own because the migration
 * that created the table backfills it through storeTimeliness before the column exists; rows it wrote carry none
 * and are recomputed once.
 */
async function markTimelinessCalendar(db: Db, childIds: readonly string[], calendar: HolidayCalendar): Promise<void> {
  await db.query('UPDATE care_planning.review_timeliness SET calendar_version = $2 WHERE child_id = ANY($1::uuid[])', [
    [...new Set(childIds)],
    calendar.version,
  ]);
}

/**
 * The per-child row lock every write of the stored rows takes first, in the caller's transaction, held to its end.
 */
export async function lockChildren(db: Db, childIds: readonly string[]): Promise<void> {
  // Two writes for one child at once (two reviews recorded together) take turns here, and the second then reads the
  // first's committed facts: neither can store an answer from facts the other has changed, nor collide on the row.
  // NO KEY UPDATE leaves alone the key-share locks that inserting a review or a period takes on the child.
  await db.query('SELECT 1 FROM care_planning.children WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE', [
    [...new Set(childIds)],
  ]);
}

/**
 * The next review of each child (the `review_schedule` rows); see recomputeReviewSchedule. `calendar` is the
 * bank-holiday calendar of this build unless a test supplies an older one (calendar-change.ts).
 */
export async function storeNextReviews(
  db: Db,
  childIds: readonly string[],
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): Promise<void> {
  if (childIds.length === 0) return;
  const ids = [...new Set(childIds)];
  const stored = await scheduleFacts(db, ids, calendar);
  await db.query('DELETE FROM care_planning.review_schedule WHERE child_id = ANY($1::uuid[])', [ids]);
  if (stored.length === 0) return;
  const col = <T>(pick: (s: StoredSchedule) => T) => stored.map(pick);
  await db.query(
    `INSERT INTO care_planning.review_schedule
       (child_id, local_authority_id, period_start, due_by, latest_working_day, kind, rule, counted_from, convention,
        calendar_version, reviews_counted, last_review_held, problem)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[], $5::date[], $6::text[], $7::text[],
                          $8::date[], $9::text[], $10::text[], $11::int[], $12::date[], $13::text[])`,
    [
      col((s) => s.childId),
      col((s) => s.localAuthorityId),
      col((s) => s.periodStart),
      col((s) => s.schedule?.dueBy ?? null),
      col((s) => s.schedule?.latestWorkingDay ?? null),
      col((s) => s.schedule?.kind ?? null),
      col((s) => s.schedule?.basis.rule ?? null),
      col((s) => s.schedule?.basis.from ?? null),
      col((s) => s.schedule?.basis.convention ?? null),
      // A row with a problem records the calendar it was tried with too, so a later calendar (wider coverage)
      // tries it again and a current one does not (calendar-change.ts).
      col((s) => s.schedule?.basis.calendarVersion ?? calendar.version),
      col((s) => s.schedule?.reviewsCounted ?? 0),
      col((s) => s.lastReviewHeld),
      col((s) => s.problem),
    ],
  );
}

/** Every child of a local authority, after its additional-review setting changed (decision 0005). */
export async function recomputeAuthorityReviewSchedule(db: Db, localAuthorityId: string): Promise<void> {
  const rows: Array<{ id: string }> = await db.query(
    'SELECT id FROM care_planning.children WHERE local_authority_id = $1',
    [localAuthorityId],
  );
  await recomputeReviewSchedule(
    db,
    rows.map((r) => r.id),
  );
}

/** The facts of each child with an open period of care, and the schedule the pure rule gives for them. */
export async function scheduleFacts(
  db: Db,
  childIds: readonly string[],
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): Promise<StoredSchedule[]> {
  const open: Array<{ child_id: string; local_authority_id: string; start_date: string; restarts: boolean | null }> =
    await db.query(
      `SELECT p.child_id, c.local_authority_id, p.start_date::text AS start_date,
              s.additional_review_restarts_cycle AS restarts
         FROM care_planning.periods_of_care p
         JOIN care_planning.children c ON c.id = p.child_id
         LEFT JOIN care_planning.local_authority_settings s ON s.local_authority_id = c.local_authority_id
        WHERE p.child_id = ANY($1::uuid[]) AND p.end_date IS NULL`,
      [childIds],
    );
  if (open.length === 0) return [];
  const held: Array<{ child_id: string; held_on: string; kind: string }> = await db.query(
    `SELECT r.child_id, r.held_on::text AS held_on, r.kind
       FROM care_planning.reviews r
      WHERE r.child_id = ANY($1::uuid[]) AND r.status = $2 AND r.held_on IS NOT NULL`,
    [open.map((o) => o.child_id), ReviewState.HELD],
  );
  const reviewsOf = new Map<string, Array<{ heldOn: string; kind: string }>>();
  for (const r of held) {
    let list = reviewsOf.get(r.child_id);
    if (!list) reviewsOf.set(r.child_id, (list = []));
    list.push({ heldOn: r.held_on, kind: r.kind });
  }
  return open.map((o) => {
    const reviews = (reviewsOf.get(o.child_id) ?? []).filter((r) => r.heldOn >= o.start_date);
    const lastReviewHeld = reviews.reduce<string | null>((m, r) => (m === null || r.heldOn > m ? r.heldOn : m), null);
    const base = {
      childId: o.child_id,
      localAuthorityId: o.local_authority_id,
      periodStart: o.start_date,
      lastReviewHeld,
    };
    try {
      const schedule = scheduledReview({
        periodOfCareStart: parseIsoDate(o.start_date),
        reviewsHeld: reviews.map((r): ReviewHeld => ({
          heldOn: parseIsoDate(r.heldOn),
          kind: r.kind === (ReviewKind.ADDITIONAL as string) ? 'additional' : 'statutory',
        })),
        policy: { additionalReviewRestartsCycle: o.restarts ?? false },
        calendar,
      });
      return { ...base, schedule, problem: null };
    } catch (error) {
      // Bad data (a date before the calendar's coverage) must not stop the write; the read reports it for this
      // child alone, as it did when the rule ran at read time.
      return { ...base, schedule: null, problem: error instanceof Error ? error.message : String(error) };
    }
  });
}

/**
 * Whether each review held was held by the date it was due at the time (`reviewTimeliness`, per period of care),
 * stored beside the review: it depends only on the periods, the reviews held before it and the authority's setting,
 * so the manager's "reviews on time in the last 12 months" is a count in SQL. Null when the calendar could not say.
 * recomputeReviewSchedule then records the calendar version on the rows (markTimelinessCalendar).
 */
export async function storeTimeliness(
  db: Db,
  childIds: readonly string[],
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): Promise<void> {
  if (childIds.length === 0) return;
  const ids = [...new Set(childIds)];
  const periods: Array<{ child_id: string; start_date: string; end_date: string | null; restarts: boolean | null }> =
    await db.query(
      `SELECT p.child_id, p.start_date::text AS start_date, p.end_date::text AS end_date,
              s.additional_review_restarts_cycle AS restarts
         FROM care_planning.periods_of_care p
         JOIN care_planning.children c ON c.id = p.child_id
         LEFT JOIN care_planning.local_authority_settings s ON s.local_authority_id = c.local_authority_id
        WHERE p.child_id = ANY($1::uuid[])`,
      [ids],
    );
  const held: Array<{ id: string; child_id: string; held_on: string; kind: string }> = await db.query(
    `SELECT id, child_id, held_on::text AS held_on, kind FROM care_planning.reviews
      WHERE child_id = ANY($1::uuid[]) AND status = $2 AND held_on IS NOT NULL`,
    [ids, ReviewState.HELD],
  );
  const reviewsOf = new Map<string, typeof held>();
  for (const r of held) {
    let list = reviewsOf.get(r.child_id);
    if (!list) reviewsOf.set(r.child_id, (list = []));
    list.push(r);
  }
  const rows: Array<{
    reviewId: string;
    childId: string;
    heldOn: string;
    dueBy: string | null;
    onTime: boolean | null;
  }> = [];
  for (const p of periods) {
    // A review belongs to the period it was held in; periods never overlap (recordPeriodOfCare).
    const inPeriod = (reviewsOf.get(p.child_id) ?? []).filter(
      (r) => r.held_on >= p.start_date && (p.end_date === null || r.held_on <= p.end_date),
    );
    if (inPeriod.length === 0) continue;
    let timeliness: ReturnType<typeof reviewTimeliness>;
    try {
      timeliness = reviewTimeliness({
        periodOfCareStart: parseIsoDate(p.start_date),
        reviewsHeld: inPeriod.map((r): ReviewHeld => ({
          heldOn: parseIsoDate(r.held_on),
          kind: r.kind === (ReviewKind.ADDITIONAL as string) ? 'additional' : 'statutory',
        })),
        policy: { additionalReviewRestartsCycle: p.restarts ?? false },
        calendar,
      });
    } catch {
      continue;
    }
    // Same-day reviews count once (reviewTimeliness): the first of the day carries the answer.
    const byDay = new Map(timeliness.map((t) => [t.heldOn as string, t]));
    for (const r of inPeriod) {
      const t = byDay.get(r.held_on);
      if (!t) continue;
      byDay.delete(r.held_on);
      rows.push({ reviewId: r.id, childId: r.child_id, heldOn: r.held_on, dueBy: t.dueBy, onTime: t.onTime });
    }
  }
  await db.query('DELETE FROM care_planning.review_timeliness WHERE child_id = ANY($1::uuid[])', [ids]);
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO care_planning.review_timeliness (review_id, child_id, held_on, due_by, on_time)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[], $5::boolean[])`,
    [
      rows.map((r) => r.reviewId),
      rows.map((r) => r.childId),
      rows.map((r) => r.heldOn),
      rows.map((r) => r.dueBy),
      rows.map((r) => r.onTime),
    ],
  );
}
