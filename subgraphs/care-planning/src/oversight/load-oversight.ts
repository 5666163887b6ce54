import { type ReviewHeld, parseIsoDate } from '@lac/statutory';
import { type DataSource, In } from 'typeorm';
import { Challenge, ChallengeStatus } from '../challenges/challenge.entity';
import { dueOf } from '../challenges/due';
import { drift } from '../recommendations/drift';
import { outcomesOf } from '../recommendations/loaders';
import { Recommendation } from '../recommendations/recommendation.entity';
import { RecommendationStatus } from '../recommendations/types';
import { Review } from '../reviews/review.entity';
import { hasOverdueRecord } from '../reviews/timescales';
import { ReviewState } from '../reviews/review-enums';
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

/**
 * Everything the figures need for one local authority in a fixed number of statements, whatever its size: its
 * children with their current IRO, its IROs, settings, periods of care, held reviews, open recommendations with their
 * outcomes, and open challenges. Each child's overdue records, drift and challenge timers come from the same
 * functions the child's own page uses.
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
  const rows: Array<{ id: string; iro_id: string | null }> = await db.query(
    `SELECT c.id, a.person_id AS iro_id
       FROM care_planning.children c
       LEFT JOIN care_planning.allocations a ON a.child_id = c.id AND a.role = 'iro' AND a.end_date IS NULL
      WHERE c.local_authority_id = $1`,
    [localAuthorityId],
  );
  const ids = rows.map((r) => r.id);
  // The local authority's own IROs, and any from elsewhere (an agency IRO) allocated to one of its children.
  const allocated = [...new Set(rows.map((r) => r.iro_id).filter((id): id is string => id !== null))];
  const iros: Array<{ id: string; display_name: string }> = await db.query(
    `SELECT id, display_name FROM access.people
      WHERE (role = 'iro' AND local_authority_id = $1) OR id = ANY($2::uuid[])
      ORDER BY display_name, id`,
    [localAuthorityId, allocated],
  );
  const settings = withDefaults(await db.getRepository(LocalAuthoritySettingsRow).findOneBy({ localAuthorityId }));
  const periods: Array<{ child_id: string; start_date: string; end_date: string | null }> = await db.query(
    `SELECT child_id, start_date, end_date FROM care_planning.periods_of_care WHERE child_id = ANY($1::uuid[])`,
    [ids],
  );
  const reviews = await db.getRepository(Review).find({ where: { childId: In(ids), status: ReviewState.HELD } });
  const recommendations = await db
    .getRepository(Recommendation)
    .find({ where: { childId: In(ids), status: RecommendationStatus.OPEN } });
  const outcomes = await outcomesOf(
    db,
    recommendations.map((r) => r.id),
  );
  const challenges = await db
    .getRepository(Challenge)
    .find({ where: { childId: In(ids), status: ChallengeStatus.OPEN } });

  const facts = new Map<string, ChildFacts>(
    rows.map((r) => [
      r.id,
      {
        childId: r.id,
        iroId: r.iro_id,
        periods: [],
        reviews: [],
        overdueRecords: 0,
        driftingRecommendations: 0,
        openChallenges: [],
      },
    ]),
  );
  const outcomesByRecommendation = new Map(recommendations.map((r) => [r.id, [] as typeof outcomes]));
  for (const o of outcomes) outcomesByRecommendation.get(o.recommendationId)?.push(o);
  const heldByChild = new Map<string, Array<{ id: string; heldOn: string }>>();
  for (const p of periods)
    facts
      .get(p.child_id)!
      .periods.push({ startDate: parseIsoDate(p.start_date), endDate: p.end_date ? parseIsoDate(p.end_date) : null });
  for (const r of reviews) {
    if (!r.heldOn) continue;
    const child = facts.get(r.childId)!;
    child.reviews.push({ heldOn: parseIsoDate(r.heldOn), kind: r.kind } satisfies ReviewHeld);
    if (guarded(child, () => hasOverdueRecord(r, settings, today))) child.overdueRecords += 1;
    let held = heldByChild.get(r.childId);
    if (!held) heldByChild.set(r.childId, (held = []));
    held.push({ id: r.id, heldOn: r.heldOn });
  }
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
