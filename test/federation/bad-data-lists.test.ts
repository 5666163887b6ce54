import { recomputeReviewSchedule } from '@lac/care-planning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// One child's bad data never blanks a list: a caseload or the manager's oversight answers every other child and
// marks the one whose dates could not be worked out
// (docs/domain.md#when-one-childs-dates-cannot-be-worked-out).
const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let manager: Awaited<ReturnType<World['person']>>;
let recent: string;
let since1998: string;
let broken: string;

const CASELOAD = `
  query BadDataCaseload {
    me {
      caseload(first: 50, offset: 0) {
        totalCount
        items {
          id
          nextReview { dueBy status }
          overdueReviewRecords
          carePlanFlags { code }
          driftingRecommendationCount
          overdueChallengeResponseCount
        }
      }
    }
  }
`;
interface CaseloadItem {
  id: string;
  nextReview: { dueBy: string; status: string } | null;
  overdueReviewRecords: number | null;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  manager = await world.person('iro_manager', 'Mona Badmoor');
  iro = await world.person('iro', 'Ivy Badmoor');
  const db = system.subgraphs['care-planning'].dataSource;
  recent = await world.child({ iro: iro.id, since: '2026-01-05' });
  // Looked after since 1998 (before the old 2020-2030 holiday table), reviewed this year, next review planned
  // for 2035: both ends of the calendar in one child.
  since1998 = await world.child({ iro: iro.id, since: '1998-03-02' });
  await world.reviewHeld(since1998, '2026-06-01', iro.id);
  await db.query(
    `INSERT INTO care_planning.reviews (child_id, status, kind, planned_for, recorded_by)
     VALUES ($1, 'planned', 'statutory', '2035-06-01', $2)`,
    [since1998, iro.id],
  );
  // Bad data as an import could leave it: a period of care dated before 1991, the earliest date the calendar
  // (and SSDA903) knows, and a review held in it. No rule can count working days from it.
  broken = await world.child({ iro: iro.id, since: '2026-01-05' });
  await db.query(`UPDATE care_planning.periods_of_care SET start_date = '1985-04-01' WHERE child_id = $1`, [broken]);
  await db.query(
    `INSERT INTO care_planning.reviews (child_id, status, kind, held_on, recorded_by)
     VALUES ($1, 'held', 'statutory', '1985-04-20', $2)`,
    [broken, iro.id],
  );
  // An import writing around the domain functions stores the next review again, as they would.
  await recomputeReviewSchedule(db.manager, [broken]);
}, 120_000);

afterAll(() => system?.stop());

describe('a caseload with one child whose dates cannot be worked out', () => {
  it('renders every row; only the broken child’s figures are null, each with an error naming its path', async () => {
    const res = await system.rawGraphql<{ me: { caseload: { totalCount: number; items: CaseloadItem[] } } }>(
      await iro.token(),
      CASELOAD,
    );
    const { items, totalCount } = res.data!.me.caseload;
    expect(totalCount).toBe(3);
    expect(items.map((i) => i.id).sort()).toEqual([recent, since1998, broken].sort());
    const byId = Object.fromEntries(items.map((i, index) => [i.id, { ...i, index }]));
    // The 1998 child is computed in full: its only recorded review (1 June 2026) is the first, so the second
    // was due within three months, by 1 September 2026.
    expect(byId[since1998].nextReview).toEqual({ dueBy: '2026-09-01', status: 'OVERDUE' });
    expect(byId[since1998].overdueReviewRecords).toBe(1);
    expect(byId[recent].nextReview).not.toBeNull();
    // The broken child is there, with its date figures null and errors that point at it and nothing else.
    expect(byId[broken].nextReview).toBeNull();
    expect(byId[broken].overdueReviewRecords).toBeNull();
    const paths = (res.errors ?? []).map((e) => (e as { path?: unknown[] }).path ?? []);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.slice(0, 4)).toEqual(['me', 'caseload', 'items', byId[broken].index]);
    expect(paths.map((p) => p[4])).toEqual(expect.arrayContaining(['nextReview', 'overdueReviewRecords']));
  });

  it('the manager’s oversight counts every other child and says how many it could not count', async () => {
    const res = await system.rawGraphql<{
      oversight: { childrenNotCounted: number; totals: { children: number; overdueReviewRecords: number } };
    }>(await manager.token(), `query { oversight { childrenNotCounted totals { children overdueReviewRecords } } }`);
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data!.oversight.childrenNotCounted).toBe(1);
    expect(res.data!.oversight.totals.children).toBe(2);
    expect(res.data!.oversight.totals.overdueReviewRecords).toBe(1);
  });
});
