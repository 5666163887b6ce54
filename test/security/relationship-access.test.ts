import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem, withUncheckedVariables } from '../support/system';

const TODAY = '2026-11-23';
const ADDRESS_LINE = '12 Quillow Lane';
const POSTCODE = 'ZZ1 4AB';

let system: System;
let world: World;
let parentToken: string;
let iroToken: string;
let carerToken: string;
let otherCarerToken: string;
let childId: string;
let otherChildId: string;
let carerId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  const otherCarer = await world.person('foster_carer', 'Otto Testmoor');
  carerId = carer.id;
  childId = await world.child({ iro: iro.id, parent: parent.id });
  otherChildId = await world.child({ iro: iro.id });
  await world.place(childId, carer.id);
  await world.place(otherChildId, otherCarer.id, '2026-02-01', '7 Other Row');
  [parentToken, iroToken, carerToken, otherCarerToken] = await Promise.all([
    parent.token(),
    iro.token(),
    carer.token(),
    otherCarer.token(),
  ]);
});

afterAll(() => system?.stop());

const CHILD_WITH_ADDRESS = graphql(`
  query RelationshipAccessChildWithAddress($id: ID!) {
    child(id: $id) {
      id
      givenName
      currentPlacement {
        placementType
        address {
          line1
          postcode
        }
      }
    }
  }
`);

describe('a birth parent', () => {
  it('sees their own child', async () => {
    const res = await system.graphql(parentToken, CHILD_WITH_ADDRESS, { id: childId });
    expect(res.data?.child?.id).toBe(childId);
  });

  it('gets "not found" for another child, exactly as for a child that does not exist', async () => {
    const other = await system.graphql(parentToken, CHILD_WITH_ADDRESS, { id: otherChildId });
    const missing = await system.graphql(parentToken, CHILD_WITH_ADDRESS, {
      id: '5b5b5b5b-0000-4000-8000-000000000000',
    });
    expect(other.data).toEqual({ child: null });
    expect(other.errors).toBeUndefined();
    expect(other.raw).toBe(missing.raw);
  });

  it.each([
    ['root field', CHILD_WITH_ADDRESS],
    [
      'nested list',
      graphql(`
        query RelationshipAccessChildren {
          children {
            items {
              id
              currentPlacement {
                placementType
                address {
                  line1
                  line2
                  town
                  postcode
                }
              }
            }
          }
        }
      `),
    ],
    [
      'fragment',
      graphql(`
        query RelationshipAccessChild($id: ID!) {
          child(id: $id) {
            ...Where
          }
        }
        fragment Where on Child {
          currentPlacement {
            ...Addr
          }
        }
        fragment Addr on Placement {
          address {
            line1
            postcode
          }
        }
      `),
    ],
    [
      'alias',
      graphql(`
        query RelationshipAccessC($id: ID!) {
          c: child(id: $id) {
            p: currentPlacement {
              home: address {
                street: line1
                pc: postcode
              }
            }
          }
        }
      `),
    ],
    [
      'inline fragment',
      graphql(`
        query RelationshipAccessChild2($id: ID!) {
          child(id: $id) {
            ... on Child {
              currentPlacement {
                ... on Placement {
                  address {
                    line1
                  }
                }
              }
            }
          }
        }
      `),
    ],
    [
      'caseload',
      graphql(`
        query RelationshipAccessMe {
          me {
            caseload {
              items {
                currentPlacement {
                  address {
                    line1
                  }
                }
              }
            }
          }
        }
      `),
    ],
  ])('never receives the placement address or the carer by a %s', async (_shape, query) => {
    const res = await system.graphql(parentToken, withUncheckedVariables(query), { id: childId });
    expect(res.status).toBe(200);
    expect(res.raw).not.toContain(ADDRESS_LINE);
    expect(res.raw).not.toContain(POSTCODE);
    expect(res.raw).not.toContain('Cara Testmoor');
  });

  it('sees that there is a placement, with the address and carer left out', async () => {
    const res = await system.graphql(
      parentToken,
      graphql(`
        query RelationshipAccessChild3($id: ID!) {
          child(id: $id) {
            currentPlacement {
              placementType
              address {
                line1
              }
              carer {
                displayName
              }
            }
          }
        }
      `),
      { id: childId },
    );
    expect(res.data?.child!.currentPlacement).toEqual({ placementType: 'U6', address: null, carer: null });
    expect(res.errors).toBeUndefined();
  });
});

describe('the IRO', () => {
  it('sees the placement address and the carer of a child they review', async () => {
    const res = await system.graphql(iroToken, CHILD_WITH_ADDRESS, { id: childId });
    expect(res.data?.child!.currentPlacement!.address!.line1).toBe(ADDRESS_LINE);
  });
});

describe('a foster carer', () => {
  it('sees only the children placed with them, with their own address', async () => {
    const res = await system.graphql(
      carerToken,
      graphql(`
        query RelationshipAccessChildren2 {
          children {
            totalCount
            items {
              id
              currentPlacement {
                address {
                  line1
                }
              }
            }
          }
        }
      `),
    );
    expect(res.data?.children.totalCount).toBe(1);
    expect(res.data?.children.items.map((c) => c.id)).toEqual([childId]);
    expect(res.data?.children.items[0]?.currentPlacement?.address?.line1).toBe(ADDRESS_LINE);
    const other = await system.graphql(carerToken, CHILD_WITH_ADDRESS, { id: otherChildId });
    expect(other.data).toEqual({ child: null });
  });

  it('loses the child when the placement ends', async () => {
    const before = await system.graphql(
      otherCarerToken,
      graphql(`
        query RelationshipAccessChildren3 {
          children {
            totalCount
          }
        }
      `),
    );
    expect(before.data?.children.totalCount).toBe(1);
    const [placement] = await system.subgraphs.placements.dataSource.query(
      `SELECT id FROM placements.placements WHERE child_id = $1 AND end_date IS NULL`,
      [otherChildId],
    );
    const { Placement } = await import('@lac/placements');
    const row = await system.subgraphs.placements.dataSource
      .getRepository(Placement)
      .findOneByOrFail({ id: placement.id });
    await world.endPlacement(row, TODAY);
    const after = await system.graphql(
      otherCarerToken,
      graphql(`
        query RelationshipAccessChildren4 {
          children {
            totalCount
          }
        }
      `),
    );
    expect(after.data?.children.totalCount).toBe(0);
    const direct = await system.graphql(otherCarerToken, CHILD_WITH_ADDRESS, { id: otherChildId });
    expect(direct.data).toEqual({ child: null });
    // The IRO still sees the child, now with no current placement.
    const iro = await system.graphql(iroToken, CHILD_WITH_ADDRESS, { id: otherChildId });
    expect(iro.data?.child!.currentPlacement).toBeNull();
    expect(carerId).not.toBe('');
  });
});

describe('the gateway', () => {
  it.each([
    ['_entities', `{ _entities(representations: [{ __typename: "Child", id: "x" }]) { __typename } }`],
    ['_service', `{ _service { sdl } }`],
  ])('refuses %s', async (_name, query) => {
    const res = await system.graphql(iroToken, query);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
