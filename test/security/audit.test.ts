import { type Actor, importSigningKey, signInternalToken } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: { id: string; token: () => Promise<string> };
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro');
  const carer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id });
  await world.place(childId, carer.id);
});

afterAll(() => system?.stop());

async function auditRows(requestFilter = ''): Promise<Array<Record<string, string>>> {
  return system.gateway.dataSource.query(
    `SELECT actor_id, relationship, child_id, what, operation, subgraph FROM audit.reads WHERE child_id = $1 ${requestFilter} ORDER BY id`,
    [childId],
  );
}

describe('audit of reads', () => {
  it('writes a row per child read, in every subgraph that answered, with the operation name', async () => {
    const before = (await auditRows()).length;
    const res = await system.graphql(
      await iro.token(),
      graphql(`
        query IroLooksAtChild($id: ID!) {
          child(id: $id) {
            givenName
            currentPlacement {
              address {
                line1
              }
            }
          }
        }
      `),
      { id: childId },
    );
    expect(res.errors).toBeUndefined();
    const rows = (await auditRows()).slice(before);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor_id: iro.id,
          relationship: 'iro',
          what: 'Child',
          subgraph: 'care-planning',
          operation: expect.stringMatching(/^IroLooksAtChild/),
        }),
        expect.objectContaining({
          actor_id: iro.id,
          relationship: 'iro',
          what: 'Child.currentPlacement',
          subgraph: 'placements',
        }),
        expect.objectContaining({
          actor_id: iro.id,
          relationship: 'iro',
          what: 'Placement.address',
          subgraph: 'placements',
        }),
      ]),
    );
  });

  it('records reads that arrive through _entities', async () => {
    const actor: Actor = {
      personId: iro.id,
      role: 'iro',
      localAuthorityId: null,
      relationships: [{ childId, kind: 'iro' }],
    };
    const token = await signInternalToken(
      await importSigningKey(system.keys.internal.privateJwk),
      actor,
      'care-planning',
    );
    const before = (await auditRows()).length;
    const res = await postGraphQL(
      system.subgraphs['care-planning'].url,
      token,
      `query Lookup($r: [_Any!]!) { _entities(representations: $r) { ... on Child { givenName } } }`,
      { r: [{ __typename: 'Child', id: childId }] },
    );
    expect(res.status).toBe(200);
    const rows = (await auditRows()).slice(before);
    expect(rows).toEqual([expect.objectContaining({ what: 'Child', subgraph: 'care-planning', operation: 'Lookup' })]);
  });

  it('writes nothing for a child the caller cannot see', async () => {
    const stranger = await world.person('iro');
    const before = (await auditRows()).length;
    await system.graphql(
      await stranger.token(),
      graphql(`
        query AuditChild($id: ID!) {
          child(id: $id) {
            givenName
          }
        }
      `),
      { id: childId },
    );
    expect((await auditRows()).length).toBe(before);
  });

  it('is append-only', async () => {
    await expect(system.gateway.dataSource.query(`UPDATE audit.reads SET what = 'x'`)).rejects.toThrow(/append-only/);
    await expect(system.gateway.dataSource.query(`DELETE FROM audit.reads`)).rejects.toThrow(/append-only/);
    await expect(system.gateway.dataSource.query(`TRUNCATE audit.reads`)).rejects.toThrow(/append-only/);
  });
});
