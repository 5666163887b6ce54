import type { SubgraphContext } from '@lac/subgraph-kit';
import { Allocation } from '../allocations/allocation.entity';
import { LegalStatus } from '../legal-status/legal-status.entity';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import type { CarePlanFlagFacts } from '../care-plans/loaders';
import type { OpenChallengeFacts } from '../challenges/loaders';
import type { MessageCounts } from '../messages/loaders';
import type { OpenRecommendationFacts } from '../recommendations/loaders';
import type { HeldReviewFacts, NextReviewRow } from '../reviews/loaders';

/**
 * The facts a child's counts, flags and next review are worked out from, each as plain values: what the caseload
 * asks of every child. Each part is read by its own loader (`heldReviewFactsByChild`, `nextReviewRowByChild`…) and
 * decided by its own rule; this only fetches them.
 */
export interface ChildFacts {
  heldReviews: HeldReviewFacts[];
  carePlanFlags: CarePlanFlagFacts;
  openRecommendations: OpenRecommendationFacts[];
  openChallenges: OpenChallengeFacts[];
  messageCounts: MessageCounts;
  unreadMessages: number;
  nextReview: NextReviewRow | null;
  /** Oldest first. */
  periods: PeriodOfCare[];
  /** Oldest first. */
  legalStatuses: LegalStatus[];
  /** The allocations not ended: who the child's IRO and social worker are. */
  currentAllocations: Allocation[];
}

export type ChildFactPart = keyof ChildFacts;

/**
 * Each part as branches of one `UNION ALL`: a branch answers `(child_id, branch, v)` for the children asked, one row
 * per child that has something (a child with nothing gets the part's empty value). Branches, not a join per part,
 * so PostgreSQL plans each on its own (one row per child with a join per part took about 2 ms to plan, more than
 * running it); one JSON value per child and branch, not plain rows, because `pg` builds a JavaScript object per row
 * and column and JSON.parse is cheaper: measured side by side over the same 50 children, the six statements cost
 * Node 1.8–2.6 ms of CPU, these branches as plain rows 1.5 ms, as JSON 1.0 ms, with PostgreSQL's time about the same
 * (docs/benchmarks.md#the-caseloads-statements). Lists are arrays of positional arrays, short to write and parse.
 */
const BRANCHES = {
  heldReviews: `SELECT child_id, json_agg(json_build_array(id, held_on, decisions_issued_on, record_completed_on)
                                          ORDER BY held_on)
                  FROM care_planning.reviews
                 WHERE child_id = ANY($1::uuid[]) AND status = 'held' AND held_on IS NOT NULL
                 GROUP BY child_id`,
  // The open period's start, stored with the schedule (reviews/stored-schedule.ts).
  periodStart: `SELECT child_id, to_json(period_start)
                  FROM care_planning.review_schedule WHERE child_id = ANY($1::uuid[])`,
  // Each version oldest first, with the actions of the current one only: the flags read nothing else of a plan.
  carePlanVersions: `SELECT child_id, json_agg(json_build_array((extract(epoch FROM saved_at) * 1000)::float8,
                                          permanence_plan, CASE WHEN version_number = newest THEN actions END)
                                        ORDER BY version_number)
                  FROM (SELECT child_id, saved_at, permanence_plan, actions, version_number,
                               max(version_number) OVER (PARTITION BY child_id) AS newest
                          FROM care_planning.care_plan_versions WHERE child_id = ANY($1::uuid[])) versions
                 GROUP BY child_id`,
  openRecommendations: `SELECT child_id, json_agg(json_build_array(id, original_due_date, history) ORDER BY created_at, id)
                  FROM (SELECT rec.child_id, rec.id, rec.original_due_date, rec.created_at,
                               coalesce(json_agg(json_build_object('reviewId', o.review_id, 'heldOn', rv.held_on,
                                           'outcome', o.outcome, 'newDueDate', o.new_due_date, 'progress', o.progress)
                                         ORDER BY rv.held_on, o.recorded_at) FILTER (WHERE o.id IS NOT NULL), '[]') AS history
                          FROM care_planning.recommendations rec
                          LEFT JOIN care_planning.recommendation_outcomes o ON o.recommendation_id = rec.id
                          LEFT JOIN care_planning.reviews rv ON rv.id = o.review_id
                         WHERE rec.child_id = ANY($1::uuid[]) AND rec.status = 'open'
                         GROUP BY rec.id) open
                 GROUP BY child_id`,
  openChallenges: `SELECT child_id, json_agg(json_build_array(level, stage_name, level_working_days, level_started_on,
                                                           status, responded_on))
                  FROM care_planning.challenges
                 WHERE child_id = ANY($1::uuid[]) AND status = 'open'
                 GROUP BY child_id`,
  messageCounts: `SELECT m.child_id, json_build_array(count(*), count(*) FILTER (WHERE NOT EXISTS (
                         SELECT 1 FROM care_planning.iro_messages re WHERE re.reply_to = m.id)))
                  FROM care_planning.iro_messages m
                 WHERE m.child_id = ANY($1::uuid[]) AND m.sender = 'young_person'
                 GROUP BY m.child_id`,
  // Against the current IRO's own read marker only (messages/unread-loader.ts).
  unreadMessages: `SELECT m.child_id, to_json(count(*))
                  FROM care_planning.iro_messages m
                  LEFT JOIN care_planning.allocations a
                    ON a.child_id = m.child_id AND a.role = 'iro' AND a.end_date IS NULL
                  LEFT JOIN care_planning.iro_message_reads mr
                    ON mr.child_id = m.child_id AND mr.reader_id = a.person_id
                 WHERE m.child_id = ANY($1::uuid[]) AND m.sender = 'young_person'
                   AND (mr.read_up_to IS NULL OR m.sent_at > mr.read_up_to)
                 GROUP BY m.child_id`,
  // The stored schedule, the review booked next (at most one, `reviews_one_planned`) and the held placement change
  // (docs/decisions/0026); a child with no schedule row is not looked after now.
  nextReview: `SELECT s.child_id, json_build_array(s.period_start, s.last_review_held, s.due_by, s.latest_working_day,
                         s.kind, s.rule, s.counted_from, s.convention, s.calendar_version, s.problem,
                         b.id, b.planned_for, b.planned_time, b.venue, pc.last_change_on)
                  FROM care_planning.review_schedule s
                  LEFT JOIN care_planning.reviews b ON b.child_id = s.child_id AND b.status = 'planned'
                  LEFT JOIN care_planning.placement_changes pc ON pc.child_id = s.child_id
                 WHERE s.child_id = ANY($1::uuid[])`,
  // The record's own rows the child page and the caseload show beside the facts, as the entities they resolve as.
  periods: `SELECT child_id, json_agg(json_build_array(id, start_date, end_date, reason_ceased) ORDER BY start_date)
                  FROM care_planning.periods_of_care WHERE child_id = ANY($1::uuid[]) GROUP BY child_id`,
  legalStatuses: `SELECT child_id, json_agg(json_build_array(id, code, start_date, end_date) ORDER BY start_date)
                  FROM care_planning.legal_statuses WHERE child_id = ANY($1::uuid[]) GROUP BY child_id`,
  currentAllocations: `SELECT child_id, json_agg(json_build_array(id, role, person_id, start_date))
                  FROM care_planning.allocations WHERE child_id = ANY($1::uuid[]) AND end_date IS NULL GROUP BY child_id`,
} as const;
type Branch = keyof typeof BRANCHES;
const BRANCH_NAMES = Object.keys(BRANCHES) as Branch[];

/** What a child's branches answered, by branch: absent where a branch had no row for the child. */
type Answers = Partial<Record<Branch, unknown>>;
/** A list branch's JSON: an array of positional arrays. */
const list = (value: unknown): unknown[][] => (value as unknown[][] | undefined) ?? [];

/** Each part: the branches it reads, and its value from their answers. */
const PARTS: { [P in ChildFactPart]: { branches: Branch[]; value: (a: Answers, childId: string) => ChildFacts[P] } } = {
  heldReviews: {
    branches: ['heldReviews'],
    value: (a) =>
      list(a.heldReviews).map(([id, heldOn, decisionsIssuedOn, recordCompletedOn]) => ({
        id: id as string,
        heldOn: heldOn as string,
        decisionsIssuedOn: decisionsIssuedOn as string | null,
        recordCompletedOn: recordCompletedOn as string | null,
      })),
  },
  carePlanFlags: {
    branches: ['periodStart', 'carePlanVersions'],
    value: (a, childId) => ({
      periodStart: (a.periodStart as string | undefined) ?? null,
      versions: list(a.carePlanVersions).map(([savedAt, permanencePlan, actions]) => ({
        child_id: childId,
        saved_at: new Date(savedAt as number),
        permanence_plan: permanencePlan as CarePlanFlagFacts['versions'][number]['permanence_plan'],
        actions: actions as CarePlanFlagFacts['versions'][number]['actions'],
      })),
    }),
  },
  openRecommendations: {
    branches: ['openRecommendations'],
    value: (a) =>
      list(a.openRecommendations).map(([id, originalDueDate, history]) => ({
        id: id as string,
        originalDueDate: originalDueDate as string,
        history: history as OpenRecommendationFacts['history'],
      })),
  },
  openChallenges: {
    branches: ['openChallenges'],
    value: (a) =>
      list(a.openChallenges).map(
        ([level, stageName, levelWorkingDays, levelStartedOn, status, respondedOn]) =>
          ({ level, stageName, levelWorkingDays, levelStartedOn, status, respondedOn }) as OpenChallengeFacts,
      ),
  },
  messageCounts: {
    branches: ['messageCounts'],
    value: (a) => {
      const [total, unanswered] = (a.messageCounts as [number, number] | undefined) ?? [0, 0];
      return { total, unanswered };
    },
  },
  unreadMessages: { branches: ['unreadMessages'], value: (a) => (a.unreadMessages as number | undefined) ?? 0 },
  nextReview: {
    branches: ['nextReview'],
    value: (a, childId) => {
      if (!a.nextReview) return null;
      const [
        periodStart,
        lastReviewHeld,
        dueBy,
        latestWorkingDay,
        kind,
        rule,
        countedFrom,
        convention,
        calendarVersion,
        problem,
        bookedId,
        plannedFor,
        plannedTime,
        venue,
        lastPlacementChange,
      ] = a.nextReview as Array<string | null>;
      return {
        schedule: {
          childId,
          periodStart: periodStart as string,
          lastReviewHeld,
          dueBy,
          latestWorkingDay,
          kind,
          rule,
          countedFrom,
          convention,
          calendarVersion,
          problem,
        },
        booked: bookedId ? { id: bookedId, plannedFor, plannedTime, venue } : null,
        lastPlacementChange,
      };
    },
  },
  periods: {
    branches: ['periods'],
    value: (a, childId) =>
      list(a.periods).map(([id, startDate, endDate, reasonCeased]) =>
        Object.assign(new PeriodOfCare(), { id, childId, startDate, endDate, reasonCeased }),
      ),
  },
  legalStatuses: {
    branches: ['legalStatuses'],
    value: (a, childId) =>
      list(a.legalStatuses).map(([id, code, startDate, endDate]) =>
        Object.assign(new LegalStatus(), { id, childId, code, startDate, endDate }),
      ),
  },
  currentAllocations: {
    branches: ['currentAllocations'],
    value: (a, childId) =>
      list(a.currentAllocations).map(([id, role, personId, startDate]) =>
        Object.assign(new Allocation(), { id, childId, role, personId, startDate, endDate: null }),
      ),
  },
};

const SEPARATOR = '|';

/**
 * One statement per tick for every part of every child asked for in it: the caseload asks each child for its held
 * reviews, flags, open recommendations and challenges, unread messages and next review in the same tick, and
 * these were six statements (six round trips, six parse/plan/executes, six sets of `pg` rows) where one statement
 * now brings them (docs/benchmarks.md#the-caseloads-statements). Only the branches of the parts asked for run.
 */
function childFactsLoader(ctx: SubgraphContext) {
  return ctx.loaders.get<string, unknown>('ChildFacts', async (keys) => {
    const parts = new Set<ChildFactPart>();
    const children = new Set<string>();
    for (const key of keys) {
      const at = key.indexOf(SEPARATOR);
      parts.add(key.slice(0, at) as ChildFactPart);
      children.add(key.slice(at + 1));
    }
    const branches = new Set([...parts].flatMap((p) => PARTS[p].branches));
    const rows: Array<{ child_id: string; branch: number; v: unknown }> = await ctx.db.query(
      BRANCH_NAMES.filter((b) => branches.has(b))
        .map((b) => `SELECT child_id, ${BRANCH_NAMES.indexOf(b)} AS branch, v FROM (${BRANCHES[b]}) AS b (child_id, v)`)
        .join('\nUNION ALL\n'),
      [[...children]],
    );
    const answers = new Map<string, Answers>();
    for (const row of rows) {
      let a = answers.get(row.child_id);
      if (!a) answers.set(row.child_id, (a = {}));
      a[BRANCH_NAMES[row.branch]] = row.v;
    }
    return keys.map((key) => {
      const at = key.indexOf(SEPARATOR);
      const childId = key.slice(at + 1);
      return PARTS[key.slice(0, at) as ChildFactPart].value(answers.get(childId) ?? {}, childId);
    });
  });
}

/** One part of a child's facts, read through the request's one facts loader (no loader of its own in between). */
export interface ChildFactLoader<T> {
  load(childId: string): Promise<T>;
  prime(childId: string, value: T): void;
}

export function childFactLoader<P extends ChildFactPart>(
  ctx: SubgraphContext,
  part: P,
): ChildFactLoader<ChildFacts[P]> {
  const loader = childFactsLoader(ctx);
  return {
    load: (childId) => loader.load(`${part}${SEPARATOR}${childId}`) as Promise<ChildFacts[P]>,
    prime: (childId, value) => {
      loader.prime(`${part}${SEPARATOR}${childId}`, value);
    },
  };
}
