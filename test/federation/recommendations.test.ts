import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem, withUncheckedVariables } from '../support/system';

const TODAY = '2026-11-23';
const HELD = ['2026-01-30', '2026-04-24', '2026-07-24', '2026-10-23'] as const;

let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let iroToken: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ines Testmoor');
  iroToken = await iro.token();
});

afterAll(() => system?.stop());

const ADD = graphql(`
  mutation RecommendationsAdd($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      id
      version
      status
      dueDate
    }
  }
`);
const OUTCOME = graphql(`
  mutation RecommendationsOutcome($input: RecordRecommendationOutcomeInput!) {
    recordRecommendationOutcome(input: $input) {
      id
      version
      status
      dueDate
      originalDueDate
    }
  }
`);
const RECS = graphql(`
  query RecommendationsRecs($id: ID!) {
    child(id: $id) {
      openRecommendationCount
      driftingRecommendationCount
      recommendations {
        id
        text
        status
        dueDate
        originalDueDate
        dueDateBasis
        monitoring
        version
        madeOn
        madeAt {
          id
          heldOn
        }
        owner {
          display
          role
          person {
            id
            displayName
          }
        }
        history {
          outcome
          reason
          newDueDate
          progress
          heldOn
          reviewId
          recordedBy {
            displayName
          }
        }
        drift {
          reason
          explanation
        }
      }
      reviews {
        heldOn
        recommendations {
          id
        }
        outcomesRecorded {
          recommendationId
          outcome
        }
      }
    }
  }
`);

/** A child with the four reviews of HELD; returns its id and the review ids by date. */
async function childWithReviews(): Promise<{ childId: string; review: Record<string, string> }> {
  const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
  for (const heldOn of HELD) await world.reviewHeld(childId, heldOn, iro.id);
  const res = await system.graphql(
    iroToken,
    graphql(`
      query RecommendationsChild($id: ID!) {
        child(id: $id) {
          reviews {
            id
            heldOn
          }
        }
      }
    `),
    { id: childId },
  );
  return { childId, review: Object.fromEntries(res.data!.child!.reviews.map((r) => [r.heldOn, r.id])) };
}

async function add(
  childId: string,
  reviewId: string,
  over: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const res = await system.graphql(iroToken, ADD, {
    input: {
      childId,
      reviewId,
      text: 'Arrange a dentist appointment',
      ownerRole: 'Social worker',
      dueDate: '2026-03-01',
      monitoring: 'Checked at the next statutory visit',
      ...over,
    },
  });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data!.addRecommendation;
}

function outcome(input: Record<string, unknown>, token = iroToken) {
  return system.graphql(token, withUncheckedVariables(OUTCOME), { input });
}

async function recs(childId: string) {
  const res = await system.graphql(iroToken, RECS, { id: childId });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data!.child!;
}

async function savedFor(childId: string): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT count(*)::int AS n FROM care_planning.recommendations WHERE child_id = $1',
    [childId],
  );
  return row.n;
}

describe('a recommendation without an owner, a due date or monitoring', () => {
  let childId: string;
  let review: Record<string, string>;
  beforeAll(async () => ({ childId, review } = await childWithReviews()));

  it.each([
    ['owner', { ownerRole: null }, /needs an owner \(a person or a role\):/],
    ['dueDate', { dueDate: null }, /needs a due date:/],
    ['monitoring', { monitoring: '  ' }, /needs how it will be monitored:/],
    [
      'owner',
      { ownerRole: null, dueDate: null, monitoring: null },
      /needs an owner \(a person or a role\), a due date and how it will be monitored/,
    ],
  ])('is refused naming %s, and nothing is saved', async (field, over, message) => {
    const res = await system.graphql(iroToken, ADD, {
      input: {
        childId,
        reviewId: review[HELD[0]],
        text: 'See the dentist',
        ownerRole: 'Social worker',
        dueDate: '2026-03-01',
        monitoring: 'At visits',
        ...over,
      },
    });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem: 'REQUIRED' });
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await savedFor(childId)).toBe(0);
  });

  it('refuses a due date before the review, and a review of another child', async () => {
    const early = await system.graphql(iroToken, ADD, {
      input: {
        childId,
        reviewId: review[HELD[1]],
        text: 'x',
        ownerRole: 'Carer',
        dueDate: '2026-04-01',
        monitoring: 'y',
      },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ field: 'dueDate', problem: 'END_BEFORE_START' });
    const other = await childWithReviews();
    const wrong = await system.graphql(iroToken, ADD, {
      input: {
        childId,
        reviewId: other.review[HELD[0]],
        text: 'x',
        ownerRole: 'Carer',
        dueDate: '2026-04-01',
        monitoring: 'y',
      },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewId' });
    expect(await savedFor(childId)).toBe(0);
  });

  it('names a person as owner', async () => {
    const socialWorker = await world.person('social_worker', 'Sol Testmoor');
    await add(childId, review[HELD[0]], { ownerRole: null, ownerPersonId: socialWorker.id });
    const [rec] = (await recs(childId)).recommendations;
    expect(rec?.owner).toEqual({
      display: 'Sol Testmoor',
      role: null,
      person: { id: socialWorker.id, displayName: 'Sol Testmoor' },
    });
  });
});

describe('a recommendation keeps its identity across reviews', () => {
  let childId: string;
  let review: Record<string, string>;
  let rec: { id: string; version: number };
  beforeAll(async () => {
    ({ childId, review } = await childWithReviews());
    rec = await add(childId, review[HELD[0]], { dueDate: '2026-03-01' });
  });

  it('refuses an outcome at the review it was made at', async () => {
    const res = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[0]],
      expectedVersion: 1,
      outcome: 'ACHIEVED',
    });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reviewId',
      problem: 'INVALID_STATE',
    });
  });

  it('refuses a carry-forward without a reason, saving nothing', async () => {
    const res = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[1]],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
    });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason', problem: 'REQUIRED' });
    expect((await recs(childId)).recommendations[0]?.history).toEqual([]);
  });

  it('carries it forward, carries it forward again, and then marks it achieved: one chain', async () => {
    const first = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[1]],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
      reason: 'Dental waiting list',
      newDueDate: '2026-06-30',
      progress: 'Registered with a practice',
    });
    expect(first.data?.recordRecommendationOutcome).toEqual({
      id: rec.id,
      version: 2,
      status: 'OPEN',
      dueDate: '2026-06-30',
      originalDueDate: '2026-03-01',
    });
    const again = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[2]],
      expectedVersion: 2,
      outcome: 'CARRIED_FORWARD',
      reason: 'Appointment cancelled',
      newDueDate: '2026-09-30',
    });
    expect(again.errors).toBeUndefined();
    // The same review twice is refused.
    const twice = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[2]],
      expectedVersion: 3,
      outcome: 'ACHIEVED',
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ field: 'reviewId', problem: 'INVALID_STATE' });
    const done = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[3]],
      expectedVersion: 3,
      outcome: 'ACHIEVED',
    });
    expect(done.data?.recordRecommendationOutcome).toMatchObject({
      id: rec.id,
      version: 4,
      status: 'ACHIEVED',
      dueDate: '2026-09-30',
    });

    const child = await recs(childId);
    expect(child.recommendations).toHaveLength(1);
    const [r] = child.recommendations;
    expect(r).toMatchObject({
      id: rec.id,
      status: 'ACHIEVED',
      originalDueDate: '2026-03-01',
      dueDate: '2026-09-30',
      madeOn: HELD[0],
      drift: [],
    });
    expect(r?.dueDateBasis).toBe('New due date given when carried forward at the review on 24 July 2026.');
    expect(r?.history).toEqual([
      {
        outcome: 'CARRIED_FORWARD',
        reason: 'Dental waiting list',
        newDueDate: '2026-06-30',
        progress: 'Registered with a practice',
        heldOn: HELD[1],
        reviewId: review[HELD[1]],
        recordedBy: { displayName: 'Ines Testmoor' },
      },
      {
        outcome: 'CARRIED_FORWARD',
        reason: 'Appointment cancelled',
        newDueDate: '2026-09-30',
        progress: null,
        heldOn: HELD[2],
        reviewId: review[HELD[2]],
        recordedBy: { displayName: 'Ines Testmoor' },
      },
      {
        outcome: 'ACHIEVED',
        reason: null,
        newDueDate: null,
        progress: null,
        heldOn: HELD[3],
        reviewId: review[HELD[3]],
        recordedBy: { displayName: 'Ines Testmoor' },
      },
    ]);
    const byDate = Object.fromEntries(child.reviews.map((rv) => [rv.heldOn, rv]));
    expect(byDate[HELD[0]]?.recommendations).toEqual([{ id: rec.id }]);
    expect(byDate[HELD[1]]?.outcomesRecorded).toEqual([{ recommendationId: rec.id, outcome: 'CARRIED_FORWARD' }]);
    expect(byDate[HELD[3]]?.outcomesRecorded).toEqual([{ recommendationId: rec.id, outcome: 'ACHIEVED' }]);
    expect(child.openRecommendationCount).toBe(0);
  });

  it('refuses an outcome once it is no longer open', async () => {
    const other = await childWithReviews();
    const r = await add(other.childId, other.review[HELD[0]]);
    expect(
      (
        await outcome({
          recommendationId: r.id,
          reviewId: other.review[HELD[1]],
          expectedVersion: 1,
          outcome: 'DROPPED',
          reason: 'No longer needed',
        })
      ).errors,
    ).toBeUndefined();
    const res = await outcome({
      recommendationId: r.id,
      reviewId: other.review[HELD[2]],
      expectedVersion: 2,
      outcome: 'ACHIEVED',
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'recommendationId',
      problem: 'INVALID_STATE',
    });
  });
});

describe('two IROs or two tabs recording at once', () => {
  it('gives a stale expectedVersion CONFLICT naming what changed, and lets only one of two concurrent saves win', async () => {
    const { childId, review } = await childWithReviews();
    const rec = await add(childId, review[HELD[0]]);
    const ok = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[1]],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
      reason: 'Waiting',
      newDueDate: '2026-08-01',
    });
    expect(ok.errors).toBeUndefined();
    const stale = await outcome({
      recommendationId: rec.id,
      reviewId: review[HELD[2]],
      expectedVersion: 1,
      outcome: 'DROPPED',
      reason: 'x',
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changed: ['dueDate', 'history'] });
    expect(stale.errors?.[0]?.message).toMatch(/changed: dueDate, history/);

    const both = await Promise.all([
      outcome({ recommendationId: rec.id, reviewId: review[HELD[2]], expectedVersion: 2, outcome: 'ACHIEVED' }),
      outcome({
        recommendationId: rec.id,
        reviewId: review[HELD[3]],
        expectedVersion: 2,
        outcome: 'DROPPED',
        reason: 'Child moved school',
      }),
    ]);
    const codes = both.map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const loser = both.find((r) => r.errors)!;
    expect(loser.errors?.[0]?.extensions?.changed).toEqual(['status', 'history']);
    const [row] = (await recs(childId)).recommendations;
    expect(row?.history).toHaveLength(2);
    expect(row?.version).toBe(3);
  });
});

describe('drift, computed through the graph', () => {
  let childId: string;
  let review: Record<string, string>;
  beforeAll(async () => ({ childId, review } = await childWithReviews()));

  it('shows each rule with its explanation, and counts drifting and open recommendations', async () => {
    const overdue = await add(childId, review[HELD[0]], { text: 'Overdue one', dueDate: '2026-03-01' });
    const stuck = await add(childId, review[HELD[0]], { text: 'Stuck one', dueDate: '2026-03-01' });
    await outcome({
      recommendationId: stuck.id,
      reviewId: review[HELD[1]],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
      reason: 'Not started',
      newDueDate: '2026-07-01',
    });
    await outcome({
      recommendationId: stuck.id,
      reviewId: review[HELD[2]],
      expectedVersion: 2,
      outcome: 'CARRIED_FORWARD',
      reason: 'Still not started',
      newDueDate: '2027-06-01',
    });
    const undated = await add(childId, review[HELD[0]], { text: 'Undated one', dueDate: '2026-12-31' });
    await outcome({
      recommendationId: undated.id,
      reviewId: review[HELD[3]],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
      reason: 'Waiting list',
      progress: 'Referral made',
    });
    const gapped = await add(childId, review[HELD[0]], { text: 'Gapped one', dueDate: '2026-03-01' });
    await outcome({
      recommendationId: gapped.id,
      reviewId: review[HELD[1]],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
      reason: 'a',
      newDueDate: '2026-07-01',
    });
    await outcome({
      recommendationId: gapped.id,
      reviewId: review[HELD[3]],
      expectedVersion: 2,
      outcome: 'CARRIED_FORWARD',
      reason: 'b',
      newDueDate: '2027-03-01',
    });
    const fine = await add(childId, review[HELD[3]], { text: 'Fine one', dueDate: '2027-01-31' });

    const child = await recs(childId);
    const driftOf = (id: string) => child.recommendations.find((r) => r.id === id)!.drift;
    expect(driftOf(overdue.id)).toEqual([
      {
        reason: 'OVERDUE',
        explanation: 'Overdue: it was due by 1 March 2026 and has not been marked achieved or dropped.',
      },
    ]);
    expect(driftOf(stuck.id)).toEqual([
      {
        reason: 'CARRIED_FORWARD_WITHOUT_PROGRESS',
        explanation: 'Carried forward at 2 reviews in a row with no progress recorded.',
      },
    ]);
    expect(driftOf(undated.id)).toEqual([
      {
        reason: 'CARRIED_FORWARD_NO_NEW_DATE',
        explanation:
          'Carried forward at the review on 23 October 2026 without a new due date (it was due by 31 December 2026).',
      },
    ]);
    // Carried forward at the second and fourth reviews, with nothing recorded at the third: not consecutive.
    expect(driftOf(gapped.id)).toEqual([]);
    expect(driftOf(fine.id)).toEqual([]);
    expect(child.openRecommendationCount).toBe(5);
    expect(child.driftingRecommendationCount).toBe(3);

    const open = await system.graphql(
      iroToken,
      graphql(`
        query RecommendationsChild2($id: ID!) {
          child(id: $id) {
            recommendations(status: ACHIEVED) {
              id
            }
          }
        }
      `),
      { id: childId },
    );
    expect(open.data?.child!.recommendations).toEqual([]);
  });
});
