import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { contactWithMother } from '../support/family-contact';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let small: () => Promise<string>;
let large: () => Promise<string>;

// `first: 72`: the gateway's cost limit prices a list by its `first`, and every field of every subgraph on one page
// (contact, placements, the booking) pushes 75 over it; 72 is still more than the 70 children, so the page is never
// full and no count statement is added. The portal's own caseload query is measured below with its `first: 100`.
const CASELOAD = graphql(`
  query CaseloadStatementsCaseload {
    me {
      displayName
      caseload(first: 72) {
        totalCount
        items {
          id
          givenName
          familyName
          dateOfBirth
          relationship
          iro {
            displayName
          }
          socialWorker {
            displayName
          }
          periodsOfCare {
            startDate
          }
          legalStatuses {
            code
            description
          }
          reviews {
            heldOn
          }
          nextReview {
            dueBy
            latestWorkingDay
            status
            kind
            basis
            plainBasis
            booked {
              date
              time
              venue
            }
            bookedAfterDueBy
            daysLate
          }
          placementStability {
            placementsInLast12Months
          }
          currentPlacement {
            placementType
            placementTypeDescription
            startDate
            placementPlanDue {
              status
            }
            carer {
              displayName
            }
            address {
              line1
              postcode
            }
          }
          carePlanFlags {
            code
            message
          }
          openRecommendationCount
          driftingRecommendationCount
          overdueReviewRecords
          openChallengeCount
          overdueChallengeResponseCount
          iroMessageSummary {
            unanswered
          }
          unreadMessagesFromChild
          contactCancellationPattern
          contactArrangements {
            missedCount
            cancelledCount
          }
          upcomingContactSessions {
            date
          }
        }
      }
    }
  }
`);

async function caseloadsOf(iroCount: number, world: World): Promise<() => Promise<string>> {
  const iro = await world.person('iro');
  const socialWorker = await world.person('social_worker');
  const carer = await world.person('foster_carer');
  for (let i = 0; i < iroCount; i += 1) {
    const childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-01-05' });
    await world.place(childId, carer.id);
    await contactWithMother(system, childId, socialWorker.id, TODAY);
  }
  return iro.token;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  small = await caseloadsOf(7, world);
  large = await caseloadsOf(70, world);
}, 120_000);

afterAll(() => system?.stop());

// The portal's triaged caseload asks for the whole caseload in one page of 100 and sorts and filters it itself, so
// every order and filter costs what this query costs.
const TRIAGE = graphql(`
  query CaseloadStatementsTriage {
    me {
      caseload(first: 100, offset: 0) {
        totalCount
        items {
          id
          givenName
          familyName
          dateOfBirth
          nextReview {
            dueBy
            latestWorkingDay
            status
          }
          carePlanFlags {
            code
          }
          driftingRecommendationCount
          overdueReviewRecords
          openChallengeCount
          overdueChallengeResponseCount
          iroMessageSummary {
            unanswered
          }
          unreadMessagesFromChild
          currentPlacement {
            placementPlanDue {
              status
            }
          }
        }
      }
    }
  }
`);

async function measure(token: string, query: typeof CASELOAD | typeof TRIAGE = CASELOAD) {
  const before = Object.fromEntries(
    Object.entries(system.subgraphs).map(([n, s]) => [n, { sql: s.statements.count, http: s.requests.count }]),
  );
  const res = await system.graphql(token, query);
  expect(res.errors).toBeUndefined();
  const cost = Object.fromEntries(
    Object.entries(system.subgraphs).map(([n, s]) => [
      n,
      { sql: s.statements.count - before[n].sql, http: s.requests.count - before[n].http },
    ]),
  );
  return { items: res.data!.me.caseload.items.length, cost };
}

describe('the IRO caseload query', () => {
  it('costs the same SQL statements and fetches per subgraph for 7 and 70 children', async () => {
    const seven = await measure(await small());
    const seventy = await measure(await large());
    expect(seven.items).toBe(7);
    expect(seventy.items).toBe(70);
    expect(seventy.cost).toEqual(seven.cost);
    // One fetch per subgraph: `nextReview` reads the placement change care-planning holds (docs/decisions/0026),
    // so the gateway no longer asks placements between two care-planning fetches (0022's third wave).
    for (const [name, { http }] of Object.entries(seven.cost)) expect(http, name).toBe(1);
    // Measured: care-planning 6 statements in its one fetch (16 before the child's facts came in one statement) — the
    // page of children and its total with the authority's settings joined (settings/settings.ts JOINED_SETTINGS),
    // `me`'s display name, the names of the IRO and social worker, the reviews held (the `reviews` field reads whole
    // reviews), every child's facts in one statement (children/child-facts.ts: the counts', flags' and nextReview's
    // facts, the allocations, the periods, the legal statuses), the audit append; placements 3 (every placement of
    // the page's children with their plans' agreed dates in one read, the carers' names, audit append),
    // family-contact 5 (arrangements, the pattern, sessions, upcoming sessions, audit append). The portal's triaged
    // caseload below: care-planning 3 (11 before).
    expect(seven.cost['care-planning'].sql).toBe(6);
    expect(seven.cost.placements.sql).toBe(3);
    console.log('caseload statements per subgraph', JSON.stringify(seven.cost));
  });

  it('costs the same for the triaged caseload (the whole caseload in one page of 100) for 7 and 70 children', async () => {
    const seven = await measure(await small(), TRIAGE);
    const seventy = await measure(await large(), TRIAGE);
    expect(seven.items).toBe(7);
    expect(seventy.items).toBe(70);
    expect(seventy.cost).toEqual(seven.cost);
    // Placements: the placements with their plans' agreed dates in one read, and the audit append.
    expect(seven.cost.placements.sql).toBe(2);
    // One care-planning fetch (docs/decisions/0026; two fetches and 14 statements before): the page of children with
    // the authority's settings, every child's facts in one statement (children/child-facts.ts; 7 statements before),
    // the audit append. `me` without its display name reads nothing.
    expect(seven.cost['care-planning']).toEqual({ sql: 3, http: 1 });
    expect(seven.cost.placements.http).toBe(1);
    console.log('triaged caseload statements per subgraph', JSON.stringify(seven.cost));
  });
});
