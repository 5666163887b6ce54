import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
const OTHER_LA = '0b0b0b0b-0000-4000-8000-00000000000b';
let system: System;
let world: World;
let manager: Awaited<ReturnType<World['person']>>;
let otherManager: Awaited<ReturnType<World['person']>>;
let iroA: Awaited<ReturnType<World['person']>>;
let iroB: Awaited<ReturnType<World['person']>>;
let socialWorker: Awaited<ReturnType<World['person']>>;

const OVERSIGHT = graphql(`
  query OversightOversight {
    oversight {
      localAuthority {
        name
      }
      caseloadGuidance
      unallocatedChildren
      totals {
        children
        overdueReviews
        dueSoonReviews
        reviewsHeldLast12Months
        reviewsOnTime
        reviewsOnTimePercent
      }
      iros {
        iro {
          displayName
        }
        band
        counts {
          children
          overdueReviews
          reviewsOnTimePercent
        }
      }
    }
  }
`);
const WORK = graphql(`
  query OversightWork {
    oversight {
      totals {
        overdueReviewRecords
        driftingRecommendations
        openChallenges
        overdueChallengeResponses
      }
      iros {
        iro {
          displayName
        }
        counts {
          overdueReviewRecords
          driftingRecommendations
          openChallenges
          overdueChallengeResponses
        }
      }
      openChallengesByStage {
        stage
        open
        overdue
      }
    }
  }
`);
let adaChild: string;
let onTime: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  await world.localAuthority(OTHER_LA, 'Marshby Council');
  manager = await world.person('iro_manager', 'Mona Testmoor');
  otherManager = await world.person('iro_manager', 'Otto Testmoor', OTHER_LA);
  iroA = await world.person('iro', 'Ada Testmoor');
  iroB = await world.person('iro', 'Bea Testmoor');
  socialWorker = await world.person('social_worker');
  // Ada: one overdue (first review due 2 Feb 2026, never held) and one held on time then due again later.
  adaChild = await world.child({ iro: iroA.id, socialWorker: socialWorker.id, since: '2026-01-05' });
  onTime = await world.child({ iro: iroA.id, since: '2026-01-05' });
  await world.reviewHeld(onTime, '2026-01-30', iroA.id);
  await world.reviewHeld(onTime, '2026-04-24', iroA.id);
  // Bea: one child whose first review was a day late (due Mon 2 Feb, held Tue 3 Feb).
  const late = await world.child({ iro: iroB.id, since: '2026-01-05' });
  await world.reviewHeld(late, '2026-02-03', iroB.id);
  // One looked-after child with no IRO, and one in another local authority.
  await world.child({ since: '2026-11-20' });
  await world.child({ iro: iroB.id, since: '2026-01-05', localAuthorityId: OTHER_LA });
}, 120_000);

afterAll(() => system?.stop());

describe('the IRO manager’s oversight', () => {
  it('counts their own local authority: caseloads against 50–70, overdue reviews, reviews on time', async () => {
    const res = await system.graphql(await manager.token(), OVERSIGHT);
    expect(res.errors, res.raw).toBeUndefined();
    const o = res.data!.oversight;
    expect(o!.localAuthority.name).toBe('Fernvale District Council');
    expect(o!.caseloadGuidance).toMatch(/50 to 70/);
    expect(o!.unallocatedChildren).toBe(1);
    // Overdue: Ada's child never reviewed, Ada's child reviewed 24 Apr (next by 24 Oct), Bea's (second by 3 May).
    // The unallocated child's first review is due 18 Dec, 19 working days away: on track.
    expect(o!.totals).toEqual({
      children: 4,
      overdueReviews: 3,
      dueSoonReviews: 0,
      reviewsHeldLast12Months: 3,
      reviewsOnTime: 2,
      reviewsOnTimePercent: 67,
    });
    const byName = Object.fromEntries(o!.iros.map((i: any) => [i.iro.displayName, i]));
    expect(byName['Ada Testmoor']).toEqual({
      iro: { displayName: 'Ada Testmoor' },
      band: 'BELOW',
      counts: { children: 2, overdueReviews: 2, reviewsOnTimePercent: 100 },
    });
    expect(byName['Bea Testmoor']).toEqual({
      iro: { displayName: 'Bea Testmoor' },
      band: 'BELOW',
      counts: { children: 1, overdueReviews: 1, reviewsOnTimePercent: 0 },
    });
  });

  it('counts overdue review records, drifting recommendations and open challenges by stage, with the child page’s rules', async () => {
    const ada = await iroA.token();
    // Reviews recorded as held with no decisions issued since: Ada's two and Bea's one are overdue records.
    const [review] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT id FROM care_planning.reviews WHERE child_id = $1 AND held_on = '2026-04-24'`,
      [onTime],
    );
    const add = await system.graphql(
      ada,
      graphql(`
        mutation OversightAddRecommendation($input: AddRecommendationInput!) {
          addRecommendation(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          childId: onTime,
          reviewId: review.id,
          text: 'Arrange a life-story worker',
          ownerRole: 'Social worker',
          dueDate: '2026-06-01',
          monitoring: 'At the next review',
        },
      },
    );
    expect(add.errors, add.raw).toBeUndefined();
    // An IRO alert raised on 2 Nov 2026 is due a response within 10 working days (16 Nov): overdue today.
    const raise = await system.graphql(
      ada,
      graphql(`
        mutation OversightRaiseChallenge($input: RaiseChallengeInput!) {
          raiseChallenge(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          childId: adaChild,
          concern: 'No permanence plan',
          raisedWith: 'Team manager',
          openedOn: '2026-11-02',
          level: 'ALERT',
        },
      },
    );
    expect(raise.errors, raise.raw).toBeUndefined();
    const informal = await system.graphql(
      ada,
      graphql(`
        mutation OversightRaiseChallenge2($input: RaiseChallengeInput!) {
          raiseChallenge(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          childId: onTime,
          concern: 'Contact with siblings',
          raisedWith: 'Social worker',
          openedOn: '2026-11-20',
          level: 'INFORMAL',
        },
      },
    );
    expect(informal.errors, informal.raw).toBeUndefined();

    const res = await system.graphql(await manager.token(), WORK);
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data!.oversight!.totals).toEqual({
      overdueReviewRecords: 3,
      driftingRecommendations: 1,
      openChallenges: 2,
      overdueChallengeResponses: 1,
    });
    const ada_ = res.data!.oversight!.iros.find((i: any) => i.iro.displayName === 'Ada Testmoor');
    expect(ada_!.counts).toEqual({
      overdueReviewRecords: 2,
      driftingRecommendations: 1,
      openChallenges: 2,
      overdueChallengeResponses: 1,
    });
    expect(res.data!.oversight!.openChallengesByStage).toEqual([
      { stage: 'Informal conversation', open: 1, overdue: 0 },
      { stage: 'IRO alert', open: 1, overdue: 1 },
    ]);
  });

  it('never shows another local authority’s figures', async () => {
    const res = await system.graphql(await otherManager.token(), OVERSIGHT);
    expect(res.data!.oversight!.localAuthority.name).toBe('Marshby Council');
    expect(res.data!.oversight!.totals.children).toBe(1);
    // Bea works for Fernvale but is allocated to one Marshby child: Marshby sees that one child, not her caseload.
    expect(res.data!.oversight!.iros).toEqual([
      {
        iro: { displayName: 'Bea Testmoor' },
        band: 'BELOW',
        counts: { children: 1, overdueReviews: 1, reviewsOnTimePercent: null },
      },
    ]);
  });

  it('is null for everyone else, whatever children they are related to', async () => {
    for (const person of [iroA, socialWorker]) {
      const res = await system.graphql(await person.token(), OVERSIGHT);
      expect(res.errors).toBeUndefined();
      expect(res.data!.oversight).toBeNull();
    }
  });
});
