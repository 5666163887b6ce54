import { type Actor, GATEWAY_ISSUER, generateSigningKeys, importSigningKey, signInternalToken } from '@lac/access';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let parent: Actor;
let childId: string;
let otherChildId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  const parentPerson = await world.person('parent');
  const carer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id, parent: parentPerson.id });
  otherChildId = await world.child({ iro: iro.id });
  await world.place(childId, carer.id);
  await world.place(otherChildId, carer.id, '2026-03-01', '9 Hidden Yard');
  parent = {
    personId: parentPerson.id,
    role: 'parent',
    localAuthorityId: null,
    relationships: [{ childId, kind: 'parent' }],
  };
});

afterAll(() => system?.stop());

const gatewayKey = () => importSigningKey(system.keys.internal.privateJwk);

const QUERIES = {
  _service: `{ _service { sdl } }`,
  _entities: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id currentPlacement { address { line1 } } } } }`,
  field: `{ __typename }`,
};

describe.each(['care-planning', 'placements'])('the %s subgraph, called directly', (name) => {
  const url = () => system.subgraphs[name].url;
  const variables = () => ({ r: [{ __typename: 'Child', id: childId }] });

  it.each(Object.entries(QUERIES))('answers 401 to %s without a token', async (_label, query) => {
    const res = await postGraphQL(url(), null, query, variables());
    expect(res.status).toBe(401);
    expect(res.raw).not.toContain('sdl');
  });

  it('answers 401 to a token meant for another subgraph', async () => {
    const other = name === 'placements' ? 'care-planning' : 'placements';
    const token = await signInternalToken(await gatewayKey(), parent, other);
    expect((await postGraphQL(url(), token, QUERIES._service)).status).toBe(401);
  });

  it('answers 401 to a token signed by another key', async () => {
    const forged = await generateSigningKeys();
    const token = await signInternalToken(await importSigningKey(forged.privateJwk), parent, name);
    expect((await postGraphQL(url(), token, QUERIES._entities, variables())).status).toBe(401);
  });

  it('answers 401 to an expired token', async () => {
    const issued = Math.floor(Date.now() / 1000) - 300;
    const token = await new SignJWT({ role: 'parent', la: null, rel: [`p:${childId}`] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience(name)
      .setSubject(parent.personId)
      .setIssuedAt(issued)
      .setExpirationTime(issued + 60)
      .sign(await gatewayKey());
    expect((await postGraphQL(url(), token, QUERIES._service)).status).toBe(401);
  });

  it('answers 401 to the user token the gateway hands out', async () => {
    const iroUserToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience('lac-api')
      .setSubject(parent.personId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(await importSigningKey(system.keys.user.privateJwk));
    expect((await postGraphQL(url(), iroUserToken, QUERIES.field)).status).toBe(401);
  });

  it('answers a valid token for it', async () => {
    const token = await signInternalToken(await gatewayKey(), parent, name);
    const res = await postGraphQL(url(), token, QUERIES._service);
    expect(res.status).toBe(200);
  });
});

describe('_entities with a valid token applies the same policy as root fields', () => {
  it('placements: a parent gets the placement without the address, and nothing for another child', async () => {
    const token = await signInternalToken(await gatewayKey(), parent, 'placements');
    const res = await postGraphQL<{ _entities: unknown[] }>(system.subgraphs.placements.url, token, QUERIES._entities, {
      r: [
        { __typename: 'Child', id: childId },
        { __typename: 'Child', id: otherChildId },
      ],
    });
    expect(res.data?._entities).toEqual([{ id: childId, currentPlacement: { address: null } }, null]);
    expect(res.raw).not.toContain('Quillow');
    expect(res.raw).not.toContain('Hidden Yard');
  });

  it('care-planning: another child resolves to null, like a child that does not exist', async () => {
    const token = await signInternalToken(await gatewayKey(), parent, 'care-planning');
    const res = await postGraphQL<{ _entities: unknown[] }>(
      system.subgraphs['care-planning'].url,
      token,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id givenName } } }`,
      {
        r: [
          { __typename: 'Child', id: childId },
          { __typename: 'Child', id: otherChildId },
          { __typename: 'Child', id: '5b5b5b5b-0000-4000-8000-000000000000' },
        ],
      },
    );
    expect(res.data?._entities[0]).toMatchObject({ id: childId });
    expect(res.data?._entities.slice(1)).toEqual([null, null]);
  });
});
