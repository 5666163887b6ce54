import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let socialWorker: Awaited<ReturnType<World['person']>>;
let firstCarer: Awaited<ReturnType<World['person']>>;
let secondCarer: Awaited<ReturnType<World['person']>>;
let childId: string;

const START = graphql(`
  mutation PlacementsMutationsStart($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
      placementType
      startDate
      address {
        line1
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation PlacementsMutationsChange($input: ChangePlacementInput!) {
    changePlacement(input: $input) {
      id
      startDate
    }
  }
`);
const END = graphql(`
  mutation PlacementsMutationsEnd($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      endDate
    }
  }
`);
const address = { line1: '3 Larkspur Close', town: 'Brackenford', postcode: 'zz2 9xy' };

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  socialWorker = await world.person('social_worker');
  firstCarer = await world.person('foster_carer');
  secondCarer = await world.person('foster_carer');
  childId = await world.child({ socialWorker: socialWorker.id, since: '2026-03-02' });
});

afterAll(() => system?.stop());

const countChildren = async (token: string) =>
  (
    await system.graphql(
      token,
      graphql(`
        query PlacementsMutationsChildren {
          children {
            totalCount
          }
        }
      `),
    )
  ).data?.children.totalCount;

describe('placements through the graph', () => {
  it('starting a placement gives the carer the child; a move hands the child to the next carer', async () => {
    const first = await system.graphql(await socialWorker.token(), START, {
      input: {
        childId,
        carerPersonId: firstCarer.id,
        placementType: 'U6',
        providerCode: 'PR1',
        startDate: '2026-03-02',
        address,
      },
    });
    expect(first.errors).toBeUndefined();
    expect(await countChildren(await firstCarer.token())).toBe(1);

    const move = await system.graphql(await socialWorker.token(), CHANGE, {
      input: {
        placementId: first.data!.startPlacement.id,
        reasonForChange: 'CARPL',
        carerPersonId: secondCarer.id,
        providerCode: 'PR1',
        placementType: 'U4',
        startDate: '2026-11-20',
        address: { ...address, line1: '8 Heron Walk' },
      },
    });
    expect(move.errors).toBeUndefined();
    expect(await countChildren(await firstCarer.token())).toBe(0);
    expect(await countChildren(await secondCarer.token())).toBe(1);
  });

  it('ending the placement ends the carer’s access', async () => {
    const [current] = await system.subgraphs.placements.dataSource.query(
      `SELECT id FROM placements.placements WHERE child_id = $1 AND end_date IS NULL`,
      [childId],
    );
    // The reason is an SSDA903 REASON_PLACE_CHANGE code: a missing or unknown one is refused, nothing ended.
    const noReason = await system.graphql(await socialWorker.token(), END, {
      input: { placementId: current.id, endDate: TODAY, reasonForChange: ' ' },
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reasonForChange', problem: 'REQUIRED' });
    const unknown = await system.graphql(await socialWorker.token(), END, {
      input: { placementId: current.id, endDate: TODAY, reasonForChange: 'E11' },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ field: 'reasonForChange', problem: 'UNKNOWN_CODE' });
    expect(await countChildren(await secondCarer.token())).toBe(1);

    const res = await system.graphql(await socialWorker.token(), END, {
      input: { placementId: current.id, endDate: TODAY, reasonForChange: 'creqo' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(await countChildren(await secondCarer.token())).toBe(0);
    // Stored on the placement and shown in its history, in the code list's words.
    const history = await system.graphql(
      await socialWorker.token(),
      graphql(`
        query PlacementsMutationsHistory($id: ID!) {
          child(id: $id) {
            placements {
              endDate
              reasonForChange
              reasonForChangeDescription
            }
          }
        }
      `),
      { id: childId },
    );
    expect(history.data?.child?.placements[0]).toEqual({
      endDate: TODAY,
      reasonForChange: 'CREQO',
      reasonForChangeDescription: 'Carer requests end for other reasons',
    });
  });

  it.each([
    ['an unknown placement type', { placementType: 'Q9' }, 'placementType', 'UNKNOWN_CODE'],
    ['a start date in the future', { startDate: '2027-01-04' }, 'startDate', 'DATE_IN_FUTURE'],
    ['a start before the code lists we hold', { startDate: '2021-06-01' }, 'startDate', 'INVALID'],
    ['a made-up postcode', { address: { ...address, postcode: 'NOT A CODE' } }, 'address.postcode', 'INVALID'],
    ['someone who is not a carer', { carerPersonId: 'self' }, 'carerPersonId', 'INVALID'],
    ['an unknown provider code', { providerCode: 'PR9' }, 'providerCode', 'UNKNOWN_CODE'],
    ['a parent provider for a foster placement', { providerCode: 'PR0' }, 'providerCode', 'INVALID'],
    ['no provider for a foster placement', { providerCode: null }, 'providerCode', 'INVALID'],
    ['a start overlapping the placement that ended today', { startDate: '2026-11-21' }, 'startDate', 'OVERLAPS'],
  ])('refuses %s and writes nothing', async (_label, change, field, problem) => {
    const [{ n: before }] = await system.subgraphs.placements.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements`,
    );
    const input = {
      childId,
      carerPersonId: firstCarer.id,
      placementType: 'U6',
      providerCode: 'PR1' as string | null,
      startDate: TODAY,
      address,
      ...change,
    };
    if (input.carerPersonId === 'self') input.carerPersonId = socialWorker.id;
    const res = await system.graphql(await socialWorker.token(), START, { input });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    const [{ n: after }] = await system.subgraphs.placements.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements`,
    );
    expect(after).toBe(before);
  });

  it.each([
    ['a date written another way', '30/11/2026'],
    ['a day that does not exist', '2026-02-30'],
  ])('refuses %s as a start date (dates travel as the Date scalar) and writes nothing', async (_label, startDate) => {
    const [{ n: before }] = await system.subgraphs.placements.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements`,
    );
    const input = { childId, carerPersonId: firstCarer.id, placementType: 'U6', startDate, address };
    const res = await system.graphql(await socialWorker.token(), START, { input });
    expect(res.data ?? null, res.raw).toBeNull();
    expect(res.errors?.[0]?.extensions?.code, res.raw).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message, res.raw).toMatch(/Dates are written YYYY-MM-DD|is not a real date/);
    const [{ n: after }] = await system.subgraphs.placements.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements`,
    );
    expect(after).toBe(before);
  });

  it('ending a placement of a child you may not act for answers exactly as an unknown placement does', async () => {
    const stranger = await world.person('social_worker');
    const [placement] = await system.subgraphs.placements.dataSource.query(
      `SELECT id FROM placements.placements WHERE child_id = $1 LIMIT 1`,
      [childId],
    );
    const theirs = await system.graphql(await stranger.token(), END, {
      input: { placementId: placement.id, endDate: TODAY, reasonForChange: 'CARPL' },
    });
    const unknown = await system.graphql(await stranger.token(), END, {
      input: { placementId: '4f1c1f0e-9a4e-4c53-8d6b-2f0f0c1d2e3f', endDate: TODAY, reasonForChange: 'CARPL' },
    });
    const notUuid = await system.graphql(await stranger.token(), END, {
      input: { placementId: 'nope', endDate: TODAY, reasonForChange: 'CARPL' },
    });
    expect(theirs.errors?.[0]?.extensions?.code, theirs.raw).toBe('NOT_FOUND');
    expect(theirs.raw).toBe(unknown.raw);
    expect(notUuid.raw).toBe(unknown.raw);
  });

  it('a carer cannot move a child', async () => {
    const res = await system.graphql(await firstCarer.token(), START, {
      input: { childId, carerPersonId: firstCarer.id, placementType: 'U6', startDate: TODAY, address },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
