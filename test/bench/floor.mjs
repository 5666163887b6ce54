// The floor: the portal's caseload (its children and their counts) as ONE hand-written SQL statement returning JSON.
// The benchmark states every figure of the stack as a multiple of this statement's time (docs/benchmarks.md), and
// test/bench/floor.test.ts fails unless it returns the same children and counts as the gateway's caseload.
//
// What it reproduces, with the rule each count follows (DOMAIN.md, "Reviews", "Recommendations", "Challenges"):
// - the children: those the person is the IRO for on `today` (a live `iro` relationship, as packages/access reads it);
// - overdueReviewRecords: held reviews whose decisions (default 5) or full record (default 20) working days have
//   passed with the step not done (the local authority's settings override the defaults);
// - driftingRecommendationCount: open recommendations that are overdue on their due date in force, carried forward at
//   two reviews in a row with no progress, or carried forward last without a later date;
// - openChallengeCount / overdueChallengeResponseCount: open challenges, and those past their level's working days
//   with no response;
// - unreadMessagesFromChild: the young person's messages the allocated IRO has not read (sent after the IRO's own
//   read marker, or every one when there is none).
// Working days skip weekends and English bank holidays, passed in from @lac/statutory (the one calendar).
// The per-child counts are MATERIALIZED: each is computed once, not once per child of the outer join.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** $1 the person, $2 today, $3 English bank holidays (date[]). */
export const FLOOR_SQL = `
WITH kids AS (
  SELECT c.id, c.given_name, c.family_name, c.date_of_birth, c.local_authority_id
    FROM access.relationships r
    JOIN care_planning.children c ON c.id = r.child_id
   WHERE r.person_id = $1 AND r.kind = 'iro' AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)
),
reviews AS (
  SELECT v.id, v.child_id, v.held_on, v.decisions_issued_on, v.record_completed_on,
         row_number() OVER (PARTITION BY v.child_id ORDER BY v.held_on) AS ordinal,
         coalesce(s.decisions_within_working_days, 5) AS decisions_days,
         coalesce(s.full_record_within_working_days, 20) AS record_days
    FROM care_planning.reviews v
    JOIN kids k ON k.id = v.child_id
    LEFT JOIN care_planning.local_authority_settings s ON s.local_authority_id = k.local_authority_id
   WHERE v.held_on IS NOT NULL
),
review_dues AS (
  SELECT v.*, w.days[v.decisions_days] AS decisions_due, w.days[v.record_days] AS record_due
    FROM reviews v
    -- Only a step not yet done can be overdue: the working days are counted for those reviews alone.
    CROSS JOIN LATERAL (
      SELECT array_agg(d::date ORDER BY d) AS days
        FROM generate_series(v.held_on + 1, v.held_on + 60, interval '1 day') d
       WHERE extract(isodow FROM d) < 6 AND d::date <> ALL($3::date[])
    ) w
   WHERE v.decisions_issued_on IS NULL OR v.record_completed_on IS NULL
),
overdue_records AS MATERIALIZED (
  SELECT child_id, count(*)::int AS n
    FROM review_dues
   WHERE (decisions_issued_on IS NULL AND $2::date > decisions_due)
      OR (record_completed_on IS NULL AND $2::date > record_due)
   GROUP BY child_id
),
outcomes AS (
  SELECT o.recommendation_id, o.outcome, o.new_due_date, o.progress, v.held_on, v.ordinal,
         row_number() OVER (PARTITION BY o.recommendation_id ORDER BY v.held_on DESC) AS back
    FROM care_planning.recommendation_outcomes o
    JOIN reviews v ON v.id = o.review_id
),
recs AS (
  SELECT m.id, m.child_id, m.original_due_date,
         coalesce((SELECT o.new_due_date FROM outcomes o
                    WHERE o.recommendation_id = m.id AND o.outcome = 'carried_forward' AND o.new_due_date IS NOT NULL
                    ORDER BY o.held_on DESC LIMIT 1), m.original_due_date) AS due_in_force,
         (SELECT coalesce(min(o.back) - 1, (SELECT count(*) FROM outcomes x WHERE x.recommendation_id = m.id))
            FROM outcomes o, LATERAL (SELECT f.ordinal AS first_ordinal FROM outcomes f
                                       WHERE f.recommendation_id = m.id AND f.back = 1) f
           WHERE o.recommendation_id = m.id
             AND NOT (o.outcome = 'carried_forward' AND length(btrim(coalesce(o.progress, ''))) = 0
                      AND o.ordinal = f.first_ordinal - (o.back - 1))) AS run
    FROM care_planning.recommendations m
    JOIN kids k ON k.id = m.child_id
   WHERE m.status = 'open'
),
drifting AS MATERIALIZED (
  SELECT r.child_id, count(*)::int AS n
    FROM recs r
    LEFT JOIN LATERAL (
      SELECT o.outcome, o.new_due_date,
             coalesce((SELECT p.new_due_date FROM outcomes p
                        WHERE p.recommendation_id = r.id AND p.back > 1 AND p.outcome = 'carried_forward'
                          AND p.new_due_date IS NOT NULL ORDER BY p.held_on DESC LIMIT 1), r.original_due_date) AS before
        FROM outcomes o WHERE o.recommendation_id = r.id AND o.back = 1
    ) l ON true
   WHERE r.due_in_force < $2::date
      OR r.run >= 2
      OR (l.outcome = 'carried_forward' AND (l.new_due_date IS NULL OR l.new_due_date <= l.before))
   GROUP BY r.child_id
),
challenges AS MATERIALIZED (
  SELECT h.child_id, count(*)::int AS open,
         count(*) FILTER (
           WHERE h.responded_on IS NULL AND h.level_working_days IS NOT NULL AND $2::date > (
             SELECT d::date FROM generate_series(h.level_started_on + 1, h.level_started_on + 2 * h.level_working_days + 30, interval '1 day') d
              WHERE extract(isodow FROM d) < 6 AND d::date <> ALL($3::date[])
              ORDER BY d OFFSET h.level_working_days - 1 LIMIT 1))::int AS overdue
    FROM care_planning.challenges h
    JOIN kids k ON k.id = h.child_id
   WHERE h.status = 'open'
   GROUP BY h.child_id
),
messages AS MATERIALIZED (
  SELECT m.child_id, count(*)::int AS n
    FROM care_planning.iro_messages m
    JOIN kids k ON k.id = m.child_id
    LEFT JOIN care_planning.allocations a ON a.child_id = m.child_id AND a.role = 'iro' AND a.end_date IS NULL
    LEFT JOIN care_planning.iro_message_reads r ON r.child_id = m.child_id AND r.reader_id = a.person_id
   WHERE m.sender = 'young_person' AND (r.read_up_to IS NULL OR m.sent_at > r.read_up_to)
   GROUP BY m.child_id
)
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM kids),
  'items', coalesce(json_agg(json_build_object(
    'id', k.id, 'givenName', k.given_name, 'familyName', k.family_name, 'dateOfBirth', k.date_of_birth,
    'overdueReviewRecords', coalesce(o.n, 0),
    'driftingRecommendationCount', coalesce(d.n, 0),
    'openChallengeCount', coalesce(h.open, 0),
    'overdueChallengeResponseCount', coalesce(h.overdue, 0),
    'unreadMessagesFromChild', coalesce(m.n, 0)
  ) ORDER BY k.family_name, k.given_name, k.id), '[]'::json)) AS caseload
  FROM kids k
  LEFT JOIN overdue_records o ON o.child_id = k.id
  LEFT JOIN drifting d ON d.child_id = k.id
  LEFT JOIN challenges h ON h.child_id = k.id
  LEFT JOIN messages m ON m.child_id = k.id`;

/** English bank holidays from @lac/statutory for the years a caseload's timescales can touch. */
export function bankHolidayDates(today) {
  const { ENGLAND_CALENDAR } = require('@lac/statutory');
  const year = Number(today.slice(0, 4));
  const dates = [];
  for (let y = Math.max(ENGLAND_CALENDAR.firstYear, year - 8); y <= Math.min(ENGLAND_CALENDAR.lastYear, year + 1); y++)
    for (const h of ENGLAND_CALENDAR.bankHolidays(y)) dates.push(h.date);
  return dates;
}

/** The floor's parameters for one IRO on one day. */
export function floorParams(personId, today) {
  return [personId, today, bankHolidayDates(today)];
}
