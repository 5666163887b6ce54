import { type Actor, importSigningKey, liveRelationships, signInternalToken } from '@lac/access';
import { ApprovalType, ProviderKind, addHouseholdCarer, createHousehold } from '@lac/placements';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

// The carer relationship comes from the household (docs/decisions/0023-households.md): every approved carer account
// of the household the child is placed with is the child's carer, a carer of another household sees nothing (the
// same answer as for a child that does not exist, through the gateway and at the subgraph with a valid token), and
// access ends with the placement. The household itself is `carer_identity`: never a birth parent.

const TODAY = '2026-11-23';
let system: System;
let world: World;
type Someone = Awaited<ReturnType<World['person']>>;
let socialWorker: Someone;
let parent: Someone;
let carerA1: Someone;
let carerA2: Someone;
let carerA3: Someone;
let carerB: Someone;
let carerHome: Someone;
let childId: string;
const households: Record<'a' | 'b' | 'home' | 'empty', string> = { a: '', b: '', home: '', empty: '' };

const START = graphql(`
  mutation HouseholdsStart($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
      providerCode
    }
  }
`);
const END = graphql(`
  mutation HouseholdsEnd($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      endDate
    }
  }
`);
const CHILD = graphql(`
  query HouseholdsChild($id: ID!) {
    child(id: $id) {
      id
      currentPlacement {
        id
        address {
          line1
        }
        household {
          name
          approvalType
          approvalTypeDescription
          provider {
            name
            kind
            providerCode
          }
          carers {
            displayName
          }
        }
      }
    }
  }
`);
const CHOICES = graphql(`
  query HouseholdsChoices($id: ID!) {
    child(id: $id) {
      placementChoices {
        households {
          id
          name
          approvalType
        }
      }
    }
  }
`);

const SAVE_MATRIX = graphql(`
  mutation HouseholdsSaveMatrix($input: SaveDelegatedAuthorityInput!) {
    saveDelegatedAuthority(input: $input) {
      version
    }
  }
`);
const MATRIX = graphql(`
  query HouseholdsMatrix($id: ID!) {
    child(id: $id) {
      delegatedAuthority {
        version
      }
    }
  }
`);
const ASK = graphql(`
  mutation HouseholdsAskChange($input: RequestDelegatedAuthorityChangeInput!) {
    requestDelegatedAuthorityChange(input: $input) {
      status
    }
  }
`);

const address = { line1: '5 Tansy Row', town: 'Brackenford', postcode: 'ZZ3 1QP' };
const start = (householdId: string, extra: Record<string, unknown> = {}) => ({
  input: { childId, householdId, placementType: 'U6', providerCode: null, startDate: '2026-06-01', address, ...extra },
});

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  socialWorker = await world.person('social_worker');
  parent = await world.person('parent');
  carerA1 = await world.person('foster_carer', 'Hazel Thornbury');
  carerA2 = await world.person('foster_carer', 'Idris Thornbury');
  carerA3 = await world.person('foster_carer', 'Juno Thornbury');
  carerB = await world.person('foster_carer', 'Kit Marchbank');
  carerHome = await world.person('foster_carer', 'Lowen Ashdown');
  childId = await world.child({ socialWorker: socialWorker.id, parent: parent.id, since: '2026-03-02' });
  const la = { name: 'Fernvale fostering service', kind: ProviderKind.LOCAL_AUTHORITY, providerCode: 'PR1' };
  const agency = { name: 'Brightwater Family Placements', kind: ProviderKind.AGENCY, providerCode: 'PR4' };
  await system.subgraphs.placements.dataSource.transaction(async (em) => {
    households.a = await createHousehold(
      em,
      {
        name: 'Thornbury household',
        reference: 'FV-HH-101',
        approvalType: ApprovalType.FOSTER_CARER,
        provider: la,
        carerPersonIds: [carerA1.id, carerA2.id],
      },
      TODAY,
    );
    households.b = await createHousehold(
      em,
      {
        name: 'Marchbank household',
        reference: 'BW-2044',
        approvalType: ApprovalType.FOSTER_CARER,
        provider: agency,
        carerPersonIds: [carerB.id],
      },
      TODAY,
    );
    households.home = await createHousehold(
      em,
      {
        name: 'Ashdown House',
        reference: 'BW-K-7',
        approvalType: ApprovalType.CHILDRENS_HOME,
        provider: agency,
        carerPersonIds: [carerHome.id],
      },
      TODAY,
    );
    households.empty = await createHousehold(
      em,
      {
        name: 'Pellow household',
        reference: 'FV-HH-102',
        approvalType: ApprovalType.FOSTER_CARER,
        provider: la,
        carerPersonIds: [],
      },
      TODAY,
    );
  });
}, 120_000);

afterAll(() => system?.stop());

const placementRows = async () =>
  (await system.admin.query(`SELECT count(*)::int AS n FROM placements.placements WHERE child_id = $1`, [childId]))[0]
    .n as number;

describe('placementChoices offers households', () => {
  it('lists the households with an approved carer, not one without', async () => {
    const res = await system.graphql(await socialWorker.token(), CHOICES, { id: childId });
    expect(res.errors, res.raw).toBeUndefined();
    const names = res.data!.child!.placementChoices!.households.map((h) => h.name);
    expect(names).toEqual(['Ashdown House', 'Marchbank household', 'Thornbury household']);
  });

  it('gives a parent no choices at all', async () => {
    const res = await system.graphql(await parent.token(), CHOICES, { id: childId });
    expect(res.data?.child?.placementChoices).toBeNull();
  });
});

describe('a placement the household cannot receive is refused, with why, and nothing is written', () => {
  it.each([
    [
      'a children’s home for a foster placement code',
      () => start(households.home),
      /U6 needs an approved foster carer household; this household is a children’s home/,
    ],
    ['a household with no approved carers', () => start(households.empty), /Pellow household has no approved carers/],
    ['a household that does not exist', () => start(randomUUID()), /That household is not known/],
    [
      'a provider code the household’s provider does not have',
      () => start(households.b, { providerCode: 'PR1' }),
      /provided by PR4, not PR1/,
    ],
  ] as const)('%s', async (_what, variables, message) => {
    const res = await system.graphql(await socialWorker.token(), START, variables());
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await placementRows()).toBe(0);
  });
});

describe('every carer of the household is the child’s carer; another household’s is not', () => {
  let placementId: string;
  let missingAnswer: string;

  it('starts a placement with a household, taking its provider code from the household', async () => {
    const res = await system.graphql(await socialWorker.token(), START, start(households.a));
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data!.startPlacement.providerCode).toBe('PR1');
    placementId = res.data!.startPlacement.id;
  });

  it.each(['first', 'second'] as const)(
    'the %s carer of the household sees the child, the address and the household',
    async (which) => {
      const carer = which === 'first' ? carerA1 : carerA2;
      const res = await system.graphql(await carer.token(), CHILD, { id: childId });
      expect(res.errors, res.raw).toBeUndefined();
      expect(res.data!.child!.currentPlacement).toEqual({
        id: placementId,
        address: { line1: '5 Tansy Row' },
        household: {
          name: 'Thornbury household',
          approvalType: 'FOSTER_CARER',
          approvalTypeDescription: 'Approved foster carers',
          provider: { name: 'Fernvale fostering service', kind: 'LOCAL_AUTHORITY', providerCode: 'PR1' },
          carers: expect.arrayContaining([{ displayName: 'Hazel Thornbury' }, { displayName: 'Idris Thornbury' }]),
        },
      });
    },
  );

  it('a carer of another household gets exactly what a child that does not exist gives', async () => {
    const token = await carerB.token();
    const hidden = await system.graphql(token, CHILD, { id: childId });
    const missing = await system.graphql(token, CHILD, { id: randomUUID() });
    expect(hidden.data).toEqual({ child: null });
    expect(JSON.stringify(hidden)).toBe(JSON.stringify(missing));
    missingAnswer = JSON.stringify(missing);
    expect(missingAnswer).not.toContain('Thornbury');
  });

  it('at the placements subgraph, a valid token for another household’s carer reads nothing of the child', async () => {
    const key = await importSigningKey(system.keys.internal.privateJwk);
    const actor: Actor = {
      personId: carerB.id,
      role: 'foster_carer',
      localAuthorityId: null,
      relationships: await liveRelationships(system.admin.manager, carerB.id, TODAY),
    };
    const token = await signInternalToken(key, actor, 'placements');
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Child { currentPlacement { id address { line1 } household { name carers { displayName } } } placements { id } }
    } }`;
    const ask = async (id: string) =>
      (await postGraphQL(system.subgraphs.placements.url, token, query, { r: [{ __typename: 'Child', id }] })).raw;
    const hidden = await ask(childId);
    expect(hidden).toBe(await ask(randomUUID()));
    expect(hidden).not.toContain('Thornbury');
  });

  it('a birth parent with parental responsibility sees the child but never the household or the address', async () => {
    const res = await system.graphql(await parent.token(), CHILD, { id: childId });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data!.child!.currentPlacement).toEqual({ id: placementId, address: null, household: null });
  });

  it('a carer who joins the household while the child is there becomes their carer too', async () => {
    await system.subgraphs.placements.dataSource.transaction((em) =>
      addHouseholdCarer(em, households.a, carerA3.id, TODAY),
    );
    const res = await system.graphql(await carerA3.token(), CHILD, { id: childId });
    expect(res.data?.child?.currentPlacement?.household?.name).toBe('Thornbury household');
  });

  it('the second carer reads what the household may decide and asks for a change; another household’s carer cannot', async () => {
    const saved = await system.graphql(await socialWorker.token(), SAVE_MATRIX, {
      input: { childId, expectedVersion: 0, legalStatus: 'C2', reason: 'Placement planning meeting', entries: [] },
    });
    expect(saved.errors, saved.raw).toBeUndefined();
    const matrix = await system.graphql(await carerA2.token(), MATRIX, { id: childId });
    expect(matrix.data?.child?.delegatedAuthority?.version).toBe(1);
    const ask = (id: string) => ({
      input: { childId: id, area: 'SLEEPOVERS' as const, holder: 'CARER' as const, why: 'A friend’s birthday.' },
    });
    const asked = await system.graphql(await carerA2.token(), ASK, ask(childId));
    expect(asked.errors, asked.raw).toBeUndefined();
    expect(asked.data?.requestDelegatedAuthorityChange.status).toBe('PENDING');
    const other = await carerB.token();
    const hidden = await system.graphql(other, ASK, ask(childId));
    const missing = await system.graphql(other, ASK, ask(randomUUID()));
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden.errors)).toBe(JSON.stringify(missing.errors));
  });

  it('when the placement ends, every carer of the household loses the child', async () => {
    const res = await system.graphql(await socialWorker.token(), END, {
      input: { placementId, endDate: TODAY, reasonForChange: 'CARPL' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    for (const carer of [carerA1, carerA2, carerA3]) {
      expect(JSON.stringify(await system.graphql(await carer.token(), CHILD, { id: childId }))).toBe(missingAnswer);
    }
  });
});
