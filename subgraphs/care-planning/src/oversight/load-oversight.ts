import { ENGLAND_CALENDAR, type ReviewStatus, addDays, overdueIfHeldBefore, parseIsoDate } from '@lac/statutory';
import type { DataSource } from 'typeorm';
import { Challenge, ChallengeStatus } from '../challenges/challenge.entity';
import { dueOf } from '../challenges/due';
import { drift } from '../recommendations/drift';
import { outcomesOf } from '../recommendations/loaders';
import { Recommendation } from '../recommendations/recommendation.entity';
import { RecommendationStatus } from '../recommendations/types';
import { ScheduleProblem, soonUntil } from '../reviews/next-review';
import { type LocalAuthoritySettings, withDefaults } from '../settings/settings';
import { LocalAuthoritySettingsRow } from '../settings/local-authority-settings.entity';
import type { ChildFacts } from './oversight-figures';

type Db = Pick<DataSource, 'query' | 'getRepository'>;

/** Informal, then the alert, then the formal stages in their order. */
const stageOrder = (c: Challenge) => (c.level === 'informal' ? 0 : c.level === 'alert' ? 1 : 2 + (c.stageOrdinal ?? 0));

/**
 * Runs one child's date rule; a failure marks that child (oversightFigures then counts it apart) instead of
 * failing the whole local authority's figures.
 */
function guarded<T>(child: ChildFacts, rule: () => T): T | undefined {
  try {
    return rule();
  } catch (error) {
    child.failure ??= error;
    return undefined;
  }
}

// One pass over the authority's held reviews, grouped, rather than a lookup per child.
const CHILD_FACTS = `
  WITH held AS (
    SELECT h.child_id,
           count(*) FILTER (WHERE (h.decisions_issued_on IS NULL AND h.held_on < $4)
                               OR (h.record_completed_on IS NULL AND h.held_on < $5)) AS overdue_records,
           min(h.held_on) FILTER (WHERE h.held_on < $7)::text AS problem
      FROM care_planning.reviews h JOIN care_planning.children hc ON hc.id = h.child_id
     WHERE hc.local_authority_id = $1 AND h.status = 'held' AND h.held_on IS NOT NULL
     GROUP BY h.child_id),
  timely AS (
    SELECT t.child_id, count(*) AS reviews_held, count(*) FILTER (WHERE t.on_time) AS reviews_on_time
      FROM care_planning.review_timeliness t JOIN care_planning.children tc ON tc.id = t.child_id
     WHERE tc.local_authority_id = $1 AND t.held_on >= $6 AND t.held_on <= $2 AND t.on_time IS NOT NULL
     GROUP BY t.child_id)
  SELECT c.id, a.person_id AS iro_id, s.child_id IS NOT NULL AS looked_after,
         CASE WHEN s.due_by < $2 THEN 'overdue' WHEN s.due_by < $3 THEN 'due_soon' WHEN s.due_by IS NOT NULL
              THEN 'on_track' END AS status,
         coalesce(s.problem, r.problem) AS problem, coalesce(r.overdue_records, 0)::int AS overdue_records,
         coalesce(t.reviews_held, 0)::int AS reviews_held, coalesce(t.reviews_on_time, 0)::int AS reviews_on_time
    FROM care_planning.children c
    LEFT JOIN care_planning.allocations a ON a.child_id = c.id AND a.role = 'iro' AND a.end_date IS NULL
    LEFT JOIN care_planning.review_schedule s ON s.child_id = c.id
    LEFT JOIN held r ON r.child_id = c.id
    LEFT JOIN timely t ON t.child_id = c.id
   WHERE c.local_authority_id = $1`;

/**
 * Everything the figures need for one local authority in a fixed number of statements, whatever its size. What
 * depends only on recorded facts was stored when they changed (the next review and each review's timeliness,
 * `reviews/stored-schedule.ts`), so SQL derives each child's review status, overdue records and reviews on time
 * from today with dates worked out once per request (docs/decisions/0021); only open recommendations and open
 * challenges run a rule here, the same functions the child's own page uses.
 */
export async function loadOversightFacts(
  db: Db,
  localAuthorityId: string,
  today: string,
): Promise<{
  iros: Array<{ id: string; displayName: string }>;
  children: ChildFacts[];
  settings: LocalAuthoritySettings;
}> {
  const settings = withDefaults(await db.getRepository(LocalAuthoritySettingsRow).findOneBy({ localAuthorityId }));
  const day = parseIsoDate(today);
  const yearAgo = addDays(day, -365);
  const params = [
    localAuthorityId,
    day,
    soonUntil(day),
    overdueIfHeldBefore(day, settings.decisionsWithinWorkingDays),
    overdueIfHeldBefore(day, settings.fullRecordWithinWorkingDays),
    yearAgo,
    `${ENGLAND_CALENDAR.firstYear}-01-01`,
  ];
  const rows: Array<{
    id: string;
    iro_id: string | null;
    looked_after: boolean;
    status: ReviewStatus | null;
    problem: string | null;
    overdue_records: number;
    reviews_held: number;
    reviews_on_time: number;
  }> = await db.query(CHILD_FACTS, params);
  // The local authority's own IROs, and any from elsewhere (an agency IRO) allocated to one of its children.
  const allocated = [...new Set(rows.map((r) => r.iro_id).filter((id): id is string => id !== null))];
  const iros: Array<{ id: string; display_name: string }> = await db.query(
    `SELECT id, display_name FROM access.people
      WHERE (role = 'iro' AND local_authority_id = $1) OR id = ANY($2::uuid[])
      ORDER BY display_name, id`,
    [localAuthorityId, allocated],
  );
  // Scoped by the authority in SQL: a list of 30,000 ids as parameters costs more than the rows.
  const ofAuthority = 'child_id IN (SELECT id FROM care_planning.children WHERE local_authority_id = :la)';
  const recommendations = await db
    .getRepository(Recommendation)
    .createQueryBuilder('r')
    .where(ofAuthority, { la: localAuthorityId })
    .andWhere('r.status = :open', { open: RecommendationStatus.OPEN })
    .getMany();
  const outcomes = await outcomesOf(
    db,
    recommendations.map((r) => r.id),
  );
  const challenges = await db
    .getRepository(Challenge)
    .createQueryBuilder('c')
    .where(ofAuthority, { la: localAuthorityId })
    .andWhere('c.status = :open', { open: ChallengeStatus.OPEN })
    .getMany();

  const facts = new Map<string, ChildFacts>(
    rows.map((r) => [
      r.id,
      {
        childId: r.id,
        iroId: r.iro_id,
        periods: [],
        reviews: [],
        overdueRecords: r.overdue_records,
        driftingRecommendations: 0,
        openChallenges: [],
        ...(r.problem === null
          ? {}
          : { failure: new ScheduleProblem(`a date the rules cannot count from: ${r.problem}`) }),
        stored: {
          lookedAfter: r.looked_after,
          status: r.status,
          reviewsHeld: r.reviews_held,
          reviewsOnTime: r.reviews_on_time,
        },
      },
    ]),
  );
  const heldByChild = new Map<string, Array<{ id: string; heldOn: string }>>();
  // Drift reads the reviews held since each recommendation: loaded with the recommendations' children only.
  const held: Array<{ id: string; child_id: string; held_on: string }> = await db.query(
    `SELECT id, child_id, held_on::text AS held_on FROM care_planning.reviews
      WHERE child_id = ANY($1::uuid[]) AND status = 'held' AND held_on IS NOT NULL`,
    [[...new Set(recommendations.map((r) => r.childId))]],
  );
  for (const r of held) {
    let list = heldByChild.get(r.child_id);
    if (!list) heldByChild.set(r.child_id, (list = []));
    list.push({ id: r.id, heldOn: r.held_on });
  }
  const outcomesByRecommendation = new Map(recommendations.map((r) => [r.id, [] as typeof outcomes]));
  for (const o of outcomes) outcomesByRecommendation.get(o.recommendationId)?.push(o);
  for (const rec of recommendations) {
    const findings = guarded(facts.get(rec.childId)!, () =>
      drift({
        status: rec.status,
        originalDueDate: rec.originalDueDate,
        history: outcomesByRecommendation.get(rec.id) ?? [],
        reviewsHeld: heldByChild.get(rec.childId) ?? [],
        today,
      }),
    );
    if (findings && findings.length > 0) facts.get(rec.childId)!.driftingRecommendations += 1;
  }
  for (const c of challenges) {
    const child = facts.get(c.childId)!;
    const due = guarded(child, () => dueOf(c, today));
    if (due) child.openChallenges.push({ stage: c.stageName, order: stageOrder(c), overdue: due.overdue });
  }
  return {
    iros: iros.map((i) => ({ id: i.id, displayName: i.display_name })),
    children: [...facts.values()],
    settings,
  };
}
