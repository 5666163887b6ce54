import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
const SECRET = 'Explore contact with Grandma Quillow';
const UNKNOWN_CHILD = '5b5b5b5b-0000-4000-8000-000000000000';
const UNKNOWN_REC = '5b5b5b5b-0000-4000-8000-000000000001';

let system: System;
let world: World;
let childId: string;
let reviewIds: string[];
let recId: string;
const tokens: Record<string, string> = {};

const VIEW = graphql(`
  query RecommendationAccessView($id: ID!) {
    child(id: $id) {
      openRecommendationCount
      driftingRecommendationCount
      recommendations {
        id
        text
        owner {
          display
        }
        history {
          outcome
        }
        drift {
          reason
        }
      }
      reviews {
        recommendations {
          id
          text
        }
        outcomesRecorded {
          recommendationId
          reason
        }
      }
    }
  }
`);
const ADD = graphql(`
  mutation RecommendationAccessAdd($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      id
    }
  }
`);
const OUTCOME = graphql(`
  mutation RecommendationAccessOutcome($input: RecordRecommendationOutcomeInput!) {
    recordRecommendationOutcome(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const socialWorker = await world.person('social_worker', 'Sam Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  const otherIro = await world.person('iro', 'Ola Testmoor');
  const manager = await world.person('iro_manager', 'Mo Testmoor');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id });
  await world.place(childId, carer.id);
  await world.reviewHeld(childId, '2026-01-30', iro.id);
  await world.reviewHeld(childId, '2026-04-24', iro.id);
  for (const [name, p] of Object.entries({ iro, socialWorker, parent, carer, otherIro, manager }))
    tokens[name] = await p.token();
  const reviews = await system.graphql(
    tokens.iro,
    graphql(`
      query RecommendationAccessChild($id: ID!) {
        child(id: $id) {
          reviews {
            id
          }
        }
      }
    `),
    { id: childId },
  );
  reviewIds = reviews.data!.child!.reviews.map((r) => r.id).reverse();
  const added = await system.graphql(tokens.iro, ADD, {
    input: {
      childId,
      reviewId: reviewIds[0],
      text: SECRET,
      ownerRole: 'Social worker',
      dueDate: '2026-03-01',
      monitoring: 'At visits',
    },
  });
  expect(added.errors, added.raw).toBeUndefined();
  recId = added.data!.addRecommendation.id;
  const cf = await system.graphql(tokens.iro, OUTCOME, {
    input: {
      recommendationId: recId,
      reviewId: reviewIds[1],
      expectedVersion: 1,
      outcome: 'CARRIED_FORWARD',
      reason: 'Grandma was unwell',
    },
  });
  expect(cf.errors, cf.raw).toBeUndefined();
});

afterAll(() => system?.stop());

describe('who reads recommendations', () => {
  it.each(['iro', 'socialWorker', 'manager'])('the %s sees them with their history', async (who) => {
    const res = await system.graphql(tokens[who], VIEW, { id: childId });
    expect(res.data?.child!.recommendations.map((r) => r.text)).toEqual([SECRET]);
    expect(res.data?.child!.recommendations[0]?.history).toEqual([{ outcome: 'CARRIED_FORWARD' }]);
    expect(res.data?.child!.openRecommendationCount).toBe(1);
  });

  it.each(['parent', 'carer'])(
    'the %s sees the child but no recommendations: exactly as a child with none',
    async (who) => {
      const res = await system.graphql(tokens[who], VIEW, { id: childId });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        child: {
          openRecommendationCount: 0,
          driftingRecommendationCount: 0,
          recommendations: [],
          reviews: [
            { recommendations: [], outcomesRecorded: [] },
            { recommendations: [], outcomesRecorded: [] },
          ],
        },
      });
      expect(res.raw).not.toContain(SECRET);
      expect(res.raw).not.toContain('Grandma was unwell');
    },
  );

  it('an unrelated IRO gets the same bytes as for an unknown child', async () => {
    const forbidden = await system.graphql(tokens.otherIro, VIEW, { id: childId });
    const unknown = await system.graphql(tokens.otherIro, VIEW, { id: UNKNOWN_CHILD });
    expect(forbidden.data).toEqual({ child: null });
    expect(forbidden.raw).toBe(unknown.raw);
  });

  it('the caseload never carries them to anyone but professionals', async () => {
    const res = await system.graphql(
      tokens.parent,
      graphql(`
        query RecommendationAccessChildren {
          children {
            items {
              recommendations {
                text
              }
              openRecommendationCount
            }
          }
        }
      `),
    );
    expect(res.raw).not.toContain(SECRET);
  });
});

describe('who writes recommendations', () => {
  async function count(): Promise<number> {
    const [row] = await system.subgraphs['care-planning'].dataSource.query(
      'SELECT (SELECT count(*) FROM care_planning.recommendations WHERE child_id = $1)::int + (SELECT count(*) FROM care_planning.recommendation_outcomes)::int AS n',
      [childId],
    );
    return row.n;
  }

  it.each(['socialWorker', 'parent', 'carer', 'manager', 'otherIro'])(
    'the %s cannot add one: "not found", byte for byte as for an unknown child',
    async (who) => {
      const before = await count();
      const input = { reviewId: reviewIds[0], text: 'x', ownerRole: 'Carer', dueDate: '2026-03-01', monitoring: 'y' };
      const forbidden = await system.graphql(tokens[who], ADD, { input: { ...input, childId } });
      const unknown = await system.graphql(tokens[who], ADD, { input: { ...input, childId: UNKNOWN_CHILD } });
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(forbidden.raw).toBe(unknown.raw);
      expect(await count()).toBe(before);
    },
  );

  it.each(['socialWorker', 'parent', 'otherIro'])(
    'the %s cannot record an outcome: "not found", byte for byte as for an unknown recommendation',
    async (who) => {
      const before = await count();
      const input = { reviewId: reviewIds[1], expectedVersion: 2, outcome: 'DROPPED' as const, reason: 'x' };
      const forbidden = await system.graphql(tokens[who], OUTCOME, { input: { ...input, recommendationId: recId } });
      const unknown = await system.graphql(tokens[who], OUTCOME, {
        input: { ...input, recommendationId: UNKNOWN_REC },
      });
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(forbidden.raw).toBe(unknown.raw);
      expect(await count()).toBe(before);
    },
  );
});
