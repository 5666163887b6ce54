import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let small: () => Promise<string>;
let large: () => Promise<string>;

const CASELOAD = graphql(`
  query RecommendationStatementsCaseload {
    me {
      caseload(first: 100) {
        totalCount
        items {
          id
          givenName
          familyName
          reviews {
            heldOn
          }
          nextReview {
            dueBy
            status
          }
          openRecommendationCount
          driftingRecommendationCount
        }
      }
    }
  }
`);

/** A caseload whose every child has two reviews and an overdue recommendation carried forward once. */
async function caseloadOf(size: number, world: World): Promise<() => Promise<string>> {
  const iro = await world.person('iro');
  const token = await iro.token();
  for (let i = 0; i < size; i += 1) {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
    await world.reviewHeld(childId, '2026-01-30', iro.id);
    await world.reviewHeld(childId, '2026-04-24', iro.id);
    const [first, second] = await system.subgraphs['care-planning'].dataSource.query(
      'SELECT id FROM care_planning.reviews WHERE child_id = $1 ORDER BY held_on',
      [childId],
    );
    const added = await system.graphql(
      token,
      graphql(`
        mutation RecommendationStatementsAddRecommendation($input: AddRecommendationInput!) {
          addRecommendation(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          childId,
          reviewId: first.id,
          text: 'See the dentist',
          ownerRole: 'Carer',
          dueDate: '2026-03-01',
          monitoring: 'At visits',
        },
      },
    );
    const res = await system.graphql(
      token,
      graphql(`
        mutation RecommendationStatementsRecordRecommendationOutcome($input: RecordRecommendationOutcomeInput!) {
          recordRecommendationOutcome(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          recommendationId: added.data!.addRecommendation.id,
          reviewId: second.id,
          expectedVersion: 1,
          outcome: 'CARRIED_FORWARD',
          reason: 'Waiting list',
        },
      },
    );
    expect(res.errors).toBeUndefined();
  }
  return iro.token;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  small = await caseloadOf(7, world);
  large = await caseloadOf(70, world);
}, 180_000);

afterAll(() => system?.stop());

async function measure(token: string) {
  const before = Object.fromEntries(
    Object.entries(system.subgraphs).map(([n, s]) => [n, { sql: s.statements.count, http: s.requests.count }]),
  );
  const res = await system.graphql(token, CASELOAD);
  expect(res.errors, res.raw).toBeUndefined();
  const cost = Object.fromEntries(
    Object.entries(system.subgraphs).map(([n, s]) => [
      n,
      { sql: s.statements.count - before[n].sql, http: s.requests.count - before[n].http },
    ]),
  );
  return { items: res.data!.me.caseload.items, cost };
}

describe('recommendation counts on the IRO caseload', () => {
  it('cost the same SQL statements for 7 and 70 children', async () => {
    const seven = await measure(await small());
    const seventy = await measure(await large());
    expect(seven.items).toHaveLength(7);
    expect(seventy.items).toHaveLength(70);
    // Every child has one open recommendation, overdue and carried forward with no new date.
    for (const item of [...seven.items, ...seventy.items]) {
      expect(item).toMatchObject({ openRecommendationCount: 1, driftingRecommendationCount: 1 });
    }
    expect(seventy.cost).toEqual(seven.cost);
    console.log('caseload with recommendation counts, statements per subgraph', JSON.stringify(seven.cost));
  });
});
