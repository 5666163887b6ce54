import { type Actor, signInternalToken, importSigningKey } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let sw: Awaited<ReturnType<World['person']>>;
let iro: Awaited<ReturnType<World['person']>>;
let parent: Awaited<ReturnType<World['person']>>;
let firstCarer: Awaited<ReturnType<World['person']>>;
let secondCarer: Awaited<ReturnType<World['person']>>;
let childId: string;
let firstPlacementId: string;
let secondPlacementId: string;

const address = { line1: '5 Sorrel Row', town: 'Brackenford', postcode: 'ZZ3 1QP' };
const START = graphql(`
  mutation PlanVisitsStart($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
    }
  }
`);
const CHANGE = graphql(`
  mutation PlanVisitsChange($input: ChangePlacementInput!) {
    changePlacement(input: $input) {
      id
      startDate
    }
  }
`);
const SAVE_PLAN = graphql(`
  mutation PlanVisitsSavePlan($input: SavePlacementPlanInput!) {
    savePlacementPlan(input: $input) {
      version
      school
      agreedOn
    }
  }
`);
const RECORD_VISIT = graphql(`
  mutation PlanVisitsRecordVisit($input: RecordSocialWorkerVisitInput!) {
    recordSocialWorkerVisit(input: $input) {
      visitedOn
      seenAlone
    }
  }
`);
const CHILD = graphql(`
  query PlanVisitsChild($id: ID!) {
    child(id: $id) {
      lastPlacementChange
      placementStability {
        placementsInLast12Months
        currentPlacementDays
      }
      placements {
        reasonForChange
        address {
          line1
        }
        placementPlan {
          school
        }
      }
      currentPlacement {
        providerCode
        address {
          line1
        }
        placementPlanDue {
          dueBy
          status
          basis
        }
        placementPlan {
          version
          school
          dayToDayCare
        }
        visits {
          visitedOn
          seenAlone
        }
        nextVisit {
          dueBy
          overdue
          basis
        }
      }
    }
  }
`);

const plan = (placementId: string, expectedVersion: number, school = 'Larchfield Primary') => ({
  placementId,
  expectedVersion,
  agreedOn: TODAY,
  dayToDayCare: 'Bedtime 8pm; walks to school with the carer',
  contactArrangements: 'Mum fortnightly at the family centre',
  healthCare: 'GP: Brackenford Surgery',
  education: 'Year 4; no EHC plan',
  school,
  visitsAndSupport: 'Every 6 weeks',
  endingArrangements: 'At a review, with 28 days notice',
  finances: 'Standard fostering allowance',
});

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  sw = await world.person('social_worker');
  iro = await world.person('iro');
  parent = await world.person('parent');
  firstCarer = await world.person('foster_carer');
  secondCarer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id, socialWorker: sw.id, parent: parent.id, since: '2026-01-05' });
  const first = await system.graphql(await sw.token(), START, {
    input: {
      childId,
      carerPersonId: firstCarer.id,
      placementType: 'U6',
      providerCode: 'PR1',
      startDate: '2026-01-05',
      address,
      distanceFromHomeKm: 12.5,
    },
  });
  expect(first.errors, first.raw).toBeUndefined();
  firstPlacementId = first.data!.startPlacement.id;
});

afterAll(() => system?.stop());

describe('a placement change', () => {
  it('needs a known reason and the placement the caller saw as current', async () => {
    const base = {
      placementId: firstPlacementId,
      reasonForChange: 'CARPL',
      carerPersonId: secondCarer.id,
      placementType: 'U4',
      providerCode: 'PR4',
      startDate: '2026-11-02',
      address: { ...address, line1: '2 Thistle Court' },
      intendedUntilEighteen: true,
    };
    const badReason = await system.graphql(await sw.token(), CHANGE, { input: { ...base, reasonForChange: 'BORED' } });
    expect(badReason.errors?.[0]?.extensions).toMatchObject({ field: 'reasonForChange', problem: 'UNKNOWN_CODE' });
    const noReason = await system.graphql(await sw.token(), CHANGE, { input: { ...base, reasonForChange: ' ' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reasonForChange', problem: 'REQUIRED' });
    // A second start, as if the first had not been seen, would silently replace it: refused as a CONFLICT.
    const again = await system.graphql(await sw.token(), START, {
      input: { ...base, childId, placementId: undefined, reasonForChange: undefined } as never,
    });
    expect(again.errors?.[0]?.extensions?.code, again.raw).toBe('CONFLICT');

    const moved = await system.graphql(await sw.token(), CHANGE, { input: base });
    expect(moved.errors, moved.raw).toBeUndefined();
    secondPlacementId = moved.data!.changePlacement.id;

    const stale = await system.graphql(await sw.token(), CHANGE, { input: { ...base, startDate: TODAY } });
    expect(stale.errors?.[0]?.extensions, stale.raw).toMatchObject({ code: 'CONFLICT', changed: ['currentPlacement'] });
    const [{ n }] = await system.subgraphs.placements.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements WHERE child_id = $1`,
      [childId],
    );
    expect(n).toBe(2);
  });

  it('records the reason on the placement that ended and shows stability', async () => {
    const res = await system.graphql(await iro.token(), CHILD, { id: childId });
    expect(res.data?.child?.placementStability).toEqual({ placementsInLast12Months: 2, currentPlacementDays: 21 });
    expect(res.data?.child?.placements.map((p) => p.reasonForChange)).toEqual([null, 'CARPL']);
    // The date care-planning's schedule reads as a review trigger.
    expect(res.data?.child?.lastPlacementChange).toBe('2026-11-02');
  });

  it('moves the carer relationship: the first carer loses the child, through the gateway and at the subgraph', async () => {
    const children = await system.rawGraphql<{ children: { totalCount: number } }>(
      await firstCarer.token(),
      `{ children { totalCount } }`,
    );
    expect(children.data?.children.totalCount).toBe(0);
    const gateway = await system.graphql(await firstCarer.token(), CHILD, { id: childId });
    expect(gateway.data).toEqual({ child: null });

    // Directly at the subgraph with a valid gateway-signed token for the first carer, as their relationships are now.
    const actor: Actor = { personId: firstCarer.id, role: 'foster_carer', localAuthorityId: null, relationships: [] };
    const token = await signInternalToken(await importSigningKey(system.keys.internal.privateJwk), actor, 'placements');
    const direct = await postGraphQL<{ _entities: unknown[] }>(
      system.subgraphs.placements.url,
      token,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id placements { address { line1 } } } } }`,
      { r: [{ __typename: 'Child', id: childId }] },
    );
    expect(direct.data?._entities).toEqual([null]);
  });
});

describe('the placement plan', () => {
  it('is due within 5 working days of the start, with its basis', async () => {
    const res = await system.graphql(await sw.token(), CHILD, { id: childId });
    // Started Monday 2 November 2026: due Monday 9 November, not yet agreed, so overdue by today.
    expect(res.data?.child?.currentPlacement?.placementPlanDue).toMatchObject({
      dueBy: '2026-11-09',
      status: 'OVERDUE',
    });
    expect(res.data?.child?.currentPlacement?.placementPlanDue?.basis).toMatch(/reg 9/);
  });

  it('is saved in versions; a save from an old version is a CONFLICT naming what changed', async () => {
    const first = await system.graphql(await sw.token(), SAVE_PLAN, { input: plan(secondPlacementId, 0) });
    expect(first.data?.savePlacementPlan, first.raw).toMatchObject({ version: 1, school: 'Larchfield Primary' });
    const second = await system.graphql(await sw.token(), SAVE_PLAN, {
      input: plan(secondPlacementId, 1, 'Orchard Lane Primary'),
    });
    expect(second.data?.savePlacementPlan.version, second.raw).toBe(2);
    const stale = await system.graphql(await sw.token(), SAVE_PLAN, { input: plan(secondPlacementId, 1) });
    expect(stale.errors?.[0]?.extensions, stale.raw).toMatchObject({ code: 'CONFLICT', changed: ['school'] });
    const res = await system.graphql(await sw.token(), CHILD, { id: childId });
    expect(res.data?.child?.currentPlacement?.placementPlan).toMatchObject({
      version: 2,
      school: 'Orchard Lane Primary',
    });
    expect(res.data?.child?.currentPlacement?.placementPlanDue?.status).toBe('AGREED_LATE');
  });

  it('is refused for an ended placement, and nothing is written', async () => {
    const res = await system.graphql(await sw.token(), SAVE_PLAN, { input: plan(firstPlacementId, 0) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'placementId', problem: 'INVALID_STATE' });
    const [{ n }] = await system.subgraphs.placements.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placement_plans WHERE placement_id = $1`,
      [firstPlacementId],
    );
    expect(n).toBe(0);
  });

  it('a carer cannot write it', async () => {
    const res = await system.graphql(await secondCarer.token(), SAVE_PLAN, { input: plan(secondPlacementId, 2) });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('social-worker visits', () => {
  it('the first is due within a week of the start and is overdue after it', async () => {
    const res = await system.graphql(await sw.token(), CHILD, { id: childId });
    expect(res.data?.child?.currentPlacement?.nextVisit).toMatchObject({ dueBy: '2026-11-09', overdue: true });
  });

  it('a visit recorded moves the next one 6 weeks on (first year of the placement)', async () => {
    const res = await system.graphql(await sw.token(), RECORD_VISIT, {
      input: { placementId: secondPlacementId, visitedOn: '2026-11-20', seenAlone: true },
    });
    expect(res.data?.recordSocialWorkerVisit, res.raw).toEqual({ visitedOn: '2026-11-20', seenAlone: true });
    const child = await system.graphql(await secondCarer.token(), CHILD, { id: childId });
    expect(child.data?.child?.currentPlacement?.nextVisit).toMatchObject({ dueBy: '2027-01-01', overdue: false });
    expect(child.data?.child?.currentPlacement?.nextVisit?.basis).toMatch(/reg 28\(2\)\(b\)/);
    expect(child.data?.child?.currentPlacement?.visits).toEqual([{ visitedOn: '2026-11-20', seenAlone: true }]);
  });

  it.each([
    ['a visit in the future', '2026-11-30', 'DATE_IN_FUTURE'],
    ['a visit before the placement', '2026-10-01', 'INVALID'],
  ])('refuses %s', async (_label, visitedOn, problem) => {
    const res = await system.graphql(await sw.token(), RECORD_VISIT, {
      input: { placementId: secondPlacementId, visitedOn, seenAlone: false },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'visitedOn', problem });
  });
});

describe('what each person sees', () => {
  it('the carer sees their own placement’s address, plan and school', async () => {
    const res = await system.graphql(await secondCarer.token(), CHILD, { id: childId });
    const current = res.data?.child?.currentPlacement;
    expect(current?.address?.line1).toBe('2 Thistle Court');
    expect(current?.placementPlan?.school).toBe('Orchard Lane Primary');
    // The earlier placement was someone else's household: no address there.
    expect(res.data?.child?.placements[1]?.address).toBeNull();
  });

  it('a parent never receives the address, the plan or the school, by any query shape', async () => {
    const res = await system.graphql(await parent.token(), CHILD, { id: childId });
    const current = res.data?.child?.currentPlacement;
    expect(current).toMatchObject({
      address: null,
      placementPlan: null,
      placementPlanDue: null,
      visits: [],
      nextVisit: null,
    });
    for (const p of res.data?.child?.placements ?? []) expect(p).toMatchObject({ address: null, placementPlan: null });
    expect(JSON.stringify(res.data)).not.toMatch(/Thistle|Sorrel|Orchard|Larchfield/);

    const actor: Actor = {
      personId: parent.id,
      role: 'parent',
      localAuthorityId: null,
      relationships: [{ childId, kind: 'parent' }],
    };
    const token = await signInternalToken(await importSigningKey(system.keys.internal.privateJwk), actor, 'placements');
    const direct = await postGraphQL<{ _entities: unknown[] }>(
      system.subgraphs.placements.url,
      token,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child {
        currentPlacement { address { line1 } placementPlan { school } }
        placements { address { line1 } placementPlan { school education } }
      } } }`,
      { r: [{ __typename: 'Child', id: childId }] },
    );
    expect(JSON.stringify(direct.data)).not.toMatch(/Thistle|Sorrel|Orchard|Larchfield|Year 4/);
    expect(direct.data?._entities).toEqual([
      {
        currentPlacement: { address: null, placementPlan: null },
        placements: [
          { address: null, placementPlan: null },
          { address: null, placementPlan: null },
        ],
      },
    ]);
  });
});
