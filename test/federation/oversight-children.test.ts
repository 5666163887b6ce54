import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// Decision 0015: each oversight figure leads to the children behind it, computed by the same function.
const TODAY = '2026-11-23';
const OTHER_LA = '0b0b0b0b-0000-4000-8000-00000000000b';
let system: System;
let world: World;
let manager: Awaited<ReturnType<World['person']>>;
let otherManager: Awaited<ReturnType<World['person']>>;
let iroA: Awaited<ReturnType<World['person']>>;
let iroB: Awaited<ReturnType<World['person']>>;
let overdue: string;
let reviewed: string;
let unallocated: string;

const FIGURES = graphql(`
  query OversightChildrenFigures {
    oversight {
      unallocatedChildren
      totals {
        children
        overdueReviews
        dueSoonReviews
        overdueReviewRecords
        driftingRecommendations
        openChallenges
        overdueChallengeResponses
      }
      iros {
        iro {
          id
        }
        counts {
          children
          overdueReviews
          dueSoonReviews
          overdueReviewRecords
          driftingRecommendations
          openChallenges
          overdueChallengeResponses
        }
      }
    }
  }
`);
const BEHIND = graphql(`
  query OversightChildrenBehind($figure: OversightFigure!, $iroId: ID) {
    oversightChildren(figure: $figure, iroId: $iroId) {
      figure
      iro {
        id
      }
      count
      children {
        amount
        child {
          id
          givenName
        }
      }
    }
  }
`);
const RAISE = graphql(`
  mutation OversightChildrenRaise($input: RaiseChallengeInput!) {
    raiseChallenge(input: $input) {
      id
    }
  }
`);

// Each figure as the graph names it, and where its count is on the oversight page.
const FIGURE_FIELDS = {
  CHILDREN: 'children',
  OVERDUE_REVIEWS: 'overdueReviews',
  DUE_SOON_REVIEWS: 'dueSoonReviews',
  OVERDUE_REVIEW_RECORDS: 'overdueReviewRecords',
  DRIFTING_RECOMMENDATIONS: 'driftingRecommendations',
  OPEN_CHALLENGES: 'openChallenges',
  OVERDUE_CHALLENGE_RESPONSES: 'overdueChallengeResponses',
} as const;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  await world.localAuthority(OTHER_LA, 'Marshby Council');
  manager = await world.person('iro_manager', 'Mona Testmoor');
  otherManager = await world.person('iro_manager', 'Otto Testmoor', OTHER_LA);
  iroA = await world.person('iro', 'Ada Testmoor');
  iroB = await world.person('iro', 'Bea Testmoor');
  // Ada: one never reviewed (overdue), one reviewed twice (overdue records, next due 24 Oct: overdue).
  overdue = await world.child({ iro: iroA.id, since: '2026-01-05' });
  reviewed = await world.child({ iro: iroA.id, since: '2026-01-05' });
  await world.reviewHeld(reviewed, '2026-01-30', iroA.id);
  await world.reviewHeld(reviewed, '2026-04-24', iroA.id);
  // Bea: one due soon (looked after since 2 Nov: first review due 30 Nov).
  await world.child({ iro: iroB.id, since: '2026-11-02' });
  unallocated = await world.child({ since: '2026-11-20' });
  await world.child({ iro: iroB.id, since: '2026-01-05', localAuthorityId: OTHER_LA });
  const ada = await iroA.token();
  for (const [childId, openedOn, level] of [
    [overdue, '2026-11-02', 'ALERT'],
    [reviewed, '2026-11-20', 'INFORMAL'],
    [reviewed, '2026-11-02', 'ALERT'],
  ] as const) {
    const res = await system.graphql(ada, RAISE, {
      input: { childId, concern: 'No permanence plan', raisedWith: 'Team manager', openedOn, level },
    });
    expect(res.errors, res.raw).toBeUndefined();
  }
}, 120_000);

afterAll(() => system?.stop());

describe('the children behind the manager’s oversight figures', () => {
  it('lists, for every figure, in total and per IRO, children whose amounts add up to the figure', async () => {
    const token = await manager.token();
    const figures = await system.graphql(token, FIGURES);
    expect(figures.errors, figures.raw).toBeUndefined();
    const o = figures.data!.oversight!;
    const scopes = [
      { iroId: null, counts: o.totals },
      ...o.iros.map((i: any) => ({ iroId: i.iro.id as string, counts: i.counts })),
    ];
    let nonZero = 0;
    for (const [figure, field] of Object.entries(FIGURE_FIELDS)) {
      for (const { iroId, counts } of scopes) {
        const res = await system.graphql(token, BEHIND, { figure: figure as any, iroId });
        expect(res.errors, res.raw).toBeUndefined();
        const behind = res.data!.oversightChildren!;
        const sum = behind.children.reduce((n: number, c: any) => n + c.amount, 0);
        expect({ figure, iroId, count: behind.count, sum }).toEqual({
          figure,
          iroId,
          count: counts[field],
          sum: counts[field],
        });
        if (counts[field] > 0) nonZero += 1;
      }
    }
    // The world puts children in every figure, so the comparison above cannot pass on empty lists alone.
    expect(nonZero).toBeGreaterThanOrEqual(Object.keys(FIGURE_FIELDS).length);
    const none = await system.graphql(token, BEHIND, { figure: 'UNALLOCATED', iroId: null });
    expect(none.data!.oversightChildren!.children.map((c: any) => c.child.id)).toEqual([unallocated]);
    expect(none.data!.oversightChildren!.count).toBe(o.unallocatedChildren);
  });

  it('names the children behind a figure for one IRO, each once, and audits each child read', async () => {
    const audited = async () =>
      // No service may read the audit back (its role may only append): read it as the administrator.
      (
        await system.admin.query(
          `SELECT child_id FROM audit.read_labels WHERE actor_id = $1 AND what = 'Child (oversight figure)' ORDER BY id`,
          [manager.id],
        )
      ).map((r: { child_id: string }) => r.child_id);
    const before = await audited();
    const res = await system.graphql(await manager.token(), BEHIND, { figure: 'OVERDUE_REVIEWS', iroId: iroA.id });
    expect(res.errors, res.raw).toBeUndefined();
    expect((await audited()).slice(before.length).sort()).toEqual([overdue, reviewed].sort());
    expect(res.data!.oversightChildren!.children.map((c: any) => [c.child.id, c.amount]).sort()).toEqual(
      [
        [overdue, 1],
        [reviewed, 1],
      ].sort(),
    );
    const challenges = await system.graphql(await manager.token(), BEHIND, {
      figure: 'OPEN_CHALLENGES',
      iroId: iroA.id,
    });
    const amounts = Object.fromEntries(
      challenges.data!.oversightChildren!.children.map((c: any) => [c.child.id, c.amount]),
    );
    expect(amounts).toEqual({ [overdue]: 1, [reviewed]: 2 });
  });

  it('answers nobody but the manager of that authority, and no IRO the page does not show', async () => {
    for (const person of [iroA, iroB]) {
      const res = await system.graphql(await person.token(), BEHIND, { figure: 'CHILDREN', iroId: null });
      expect(res.errors, res.raw).toBeUndefined();
      expect(res.data!.oversightChildren).toBeNull();
    }
    const other = await system.graphql(await otherManager.token(), BEHIND, { figure: 'CHILDREN', iroId: null });
    const ids = other.data!.oversightChildren!.children.map((c: any) => c.child.id);
    expect(ids).not.toContain(overdue);
    expect(ids).toHaveLength(1);
    // Bea's children in another authority are not this manager's to follow through her.
    const foreignIro = await system.graphql(await manager.token(), BEHIND, {
      figure: 'CHILDREN',
      iroId: '0b0b0b0b-0000-4000-8000-0000000000ff',
    });
    expect(foreignIro.data!.oversightChildren).toBeNull();
  });
});
