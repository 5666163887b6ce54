import { type Actor, importSigningKey, signInternalToken } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

/**
 * Who sees a child's delegated-authority matrix (docs/decisions/0015-delegated-authority.md): the carer of the current placement (their own
 * only, and not once it ends), the professionals, the young person (their own) and a parent with parental
 * responsibility — who never receives the placement's address by any query shape. Through the gateway and at the
 * placements subgraph with a valid internal token.
 */
const TODAY = '2026-11-23';
const PLACEMENT_LINE = '41 Wrenfield Row';
let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let socialWorker: Person;
let carer: Person;
let otherCarer: Person;
let parent: Person;
let youngPerson: Person;
let otherYoungPerson: Person;
let childId: string;
let otherChildId: string;

const SAVE = graphql(`
  mutation DelegatedAccessSave($input: SaveDelegatedAuthorityInput!) {
    saveDelegatedAuthority(input: $input) {
      version
    }
  }
`);
const READ = graphql(`
  query DelegatedAccessRead($id: ID!) {
    child(id: $id) {
      id
      currentPlacement {
        address {
          line1
        }
        carer {
          displayName
        }
      }
      delegatedAuthority {
        version
        legalStatus
        reason
        changedBy {
          displayName
        }
        entries {
          area
          holder
          conditions
        }
        history {
          version
        }
        requests {
          id
        }
        confirmations {
          reviewId
        }
      }
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  socialWorker = await world.person('social_worker');
  carer = await world.person('foster_carer');
  otherCarer = await world.person('foster_carer');
  parent = await world.person('parent');
  const yp = await world.youngPerson('2012-04-03', {
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-03-02',
  });
  childId = yp.childId;
  youngPerson = yp.person;
  const other = await world.youngPerson('2011-09-09', { socialWorker: socialWorker.id, since: '2026-03-02' });
  otherChildId = other.childId;
  otherYoungPerson = other.person;
  await world.legalStatus(childId, 'C2', '2026-03-02');
  await world.place(childId, carer.id, '2026-03-02', PLACEMENT_LINE);
  await world.place(otherChildId, otherCarer.id, '2026-03-02', '9 Other Street');
  for (const id of [childId, otherChildId]) {
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId: id, expectedVersion: 0, legalStatus: 'C2', reason: 'Placement planning', entries: [] },
    });
    expect(res.errors, res.raw).toBeUndefined();
  }
});

afterAll(() => system?.stop());

const read = async (person: Person, id = childId) => system.graphql(await person.token(), READ, { id });

describe('through the gateway', () => {
  it('the carer of the current placement reads the matrix with its history', async () => {
    const res = await read(carer);
    expect(res.data?.child?.delegatedAuthority?.entries).toHaveLength(15);
    expect(res.data?.child?.delegatedAuthority?.history).toHaveLength(1);
    expect(res.data?.child?.delegatedAuthority?.reason).toBe('Placement planning');
  });

  it('another carer gets nothing of this child, byte for byte as for a child that does not exist', async () => {
    const theirs = await read(otherCarer);
    const none = await read(otherCarer, '00000000-0000-4000-8000-00000000abcd');
    expect(theirs.data?.child).toBeNull();
    expect(theirs.raw).toBe(none.raw);
  });

  it('a parent with parental responsibility reads the matrix, never the address or the carer, nor the history', async () => {
    const res = await read(parent);
    const child = res.data?.child;
    expect(child?.delegatedAuthority?.entries).toHaveLength(15);
    expect(child?.currentPlacement?.address).toBeNull();
    expect(child?.currentPlacement?.carer).toBeNull();
    expect(child?.delegatedAuthority?.history).toEqual([]);
    // The reason is free text (it could name a school or a street): not for a parent.
    expect(child?.delegatedAuthority?.reason).toBeNull();
    expect(child?.delegatedAuthority?.changedBy).toBeNull();
    expect(child?.delegatedAuthority?.requests).toEqual([]);
    expect(res.raw).not.toContain(PLACEMENT_LINE);
  });

  it('the young person reads their own matrix and no one else’s', async () => {
    expect((await read(youngPerson)).data?.child?.delegatedAuthority?.entries).toHaveLength(15);
    const theirs = await read(otherYoungPerson, childId);
    const none = await read(otherYoungPerson, '00000000-0000-4000-8000-00000000abcd');
    expect(theirs.raw).toBe(none.raw);
    expect((await read(otherYoungPerson, otherChildId)).data?.child?.delegatedAuthority).not.toBeNull();
  });
});

describe('at the placements subgraph, with a valid internal token', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id
    currentPlacement { address { line1 } }
    delegatedAuthority { version entries { area holder } requests { id } history { version } } } } }`;
  const call = async (actor: Actor) => {
    const key = await importSigningKey(system.keys.internal.privateJwk);
    const token = await signInternalToken(key, actor, 'placements');
    return postGraphQL<{ _entities: Array<Record<string, unknown> | null> }>(
      system.subgraphs.placements.url,
      token,
      ENTITIES,
      { r: [{ __typename: 'Child', id: childId }] },
    );
  };
  const carerActor = (person: Person, relationships: Actor['relationships']): Actor => ({
    personId: person.id,
    role: 'foster_carer',
    localAuthorityId: null,
    relationships,
  });

  it('another carer without a relationship gets null for the child', async () => {
    const res = await call(carerActor(otherCarer, []));
    expect(res.data?._entities).toEqual([null]);
  });

  it('a carer token naming this child but another household sees neither the matrix nor the address', async () => {
    const res = await call(carerActor(otherCarer, [{ childId, kind: 'carer' }]));
    expect(res.data?._entities[0]).toMatchObject({ currentPlacement: { address: null }, delegatedAuthority: null });
  });

  it('the parent’s token never carries the address, in any shape', async () => {
    const res = await call({
      personId: parent.id,
      role: 'parent',
      localAuthorityId: null,
      relationships: [{ childId, kind: 'parent' }],
    });
    expect(res.raw).not.toContain(PLACEMENT_LINE);
    expect(res.data?._entities[0]).toMatchObject({ delegatedAuthority: { version: 1, requests: [], history: [] } });
  });
});

describe('when the placement ends', () => {
  it('the carer loses the child and the matrix, through the gateway and at the subgraph', async () => {
    const [row] = await system.subgraphs.placements.dataSource.query(
      `SELECT * FROM placements.placements WHERE child_id = $1 AND end_date IS NULL`,
      [childId],
    );
    await world.endPlacement(
      { id: row.id, childId, startDate: '2026-03-02', endDate: null } as Parameters<World['endPlacement']>[0],
      TODAY,
    );
    const through = await read(carer);
    const none = await read(carer, '00000000-0000-4000-8000-00000000abcd');
    expect(through.data?.child).toBeNull();
    expect(through.raw).toBe(none.raw);
    // A token still naming the ended relationship gets no matrix either: it belongs to the current placement only.
    const key = await importSigningKey(system.keys.internal.privateJwk);
    const actor: Actor = {
      personId: carer.id,
      role: 'foster_carer',
      localAuthorityId: null,
      relationships: [{ childId, kind: 'carer' }],
    };
    const direct = await postGraphQL<{ _entities: Array<Record<string, unknown> | null> }>(
      system.subgraphs.placements.url,
      await signInternalToken(key, actor, 'placements'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { currentPlacement { address { line1 } } delegatedAuthority { version } } } }`,
      { r: [{ __typename: 'Child', id: childId }] },
    );
    expect(direct.data?._entities[0]).toEqual({ currentPlacement: null, delegatedAuthority: null });
  });
});
