import { type Actor, importSigningKey, signInternalToken } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

const TODAY = '2026-11-23';
const UNKNOWN_CHILD = '5b5b5b5b-0000-4000-8000-000000000000';
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

// No service may read the audit trail back (its role may only INSERT): the tests read it as the administrator.
async function auditRows(requestFilter = ''): Promise<Array<Record<string, string>>> {
  return system.admin.query(
    `SELECT actor_id, relationship, child_id, what, outcome, operation, subgraph FROM audit.reads WHERE child_id = $1 ${requestFilter} ORDER BY id`,
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

  it("writes a denied row for a child asked for outside the caller's relationships, answering as for an unknown id", async () => {
    const stranger = await world.person('iro');
    const strangerToken = await stranger.token();
    const query = graphql(`
      query AuditChild($id: ID!) {
        child(id: $id) {
          givenName
        }
      }
    `);
    const before = (await auditRows()).length;
    const denied = await system.graphql(strangerToken, query, { id: childId });
    const unknown = await system.graphql(strangerToken, query, { id: UNKNOWN_CHILD });
    expect(denied.data).toEqual({ child: null });
    expect(denied.status).toBe(unknown.status);
    expect(denied.raw).toBe(unknown.raw);
    expect((await auditRows()).slice(before)).toEqual([
      {
        actor_id: stranger.id,
        relationship: null,
        child_id: childId,
        what: 'Child',
        outcome: 'denied',
        operation: expect.stringMatching(/^AuditChild/),
        subgraph: 'care-planning',
      },
    ]);
    // An id that names no record is not a read of anyone's record: nothing to audit.
    const unknownRows: unknown[] = await system.admin.query(`SELECT 1 FROM audit.reads WHERE child_id = $1`, [
      UNKNOWN_CHILD,
    ]);
    expect(unknownRows).toEqual([]);
  });

  it('allows a denied row only without a relationship, and an allowed row only with one', async () => {
    const insert = (relationship: string | null, outcome: string) =>
      system.gateway.dataSource.query(
        `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, subgraph, request_id)
         VALUES ($1, $2, $3, 'Child', $4, 'test', 'test')`,
        [iro.id, relationship, childId, outcome],
      );
    await expect(insert(null, 'allowed')).rejects.toThrow(/reads_outcome_relationship/);
    await expect(insert('iro', 'denied')).rejects.toThrow(/reads_outcome_relationship/);
    await expect(insert(null, 'peeked')).rejects.toThrow(/check constraint/);
  });

  it('is append-only, even for a superuser (the services cannot even try: test/security/database-roles.test.ts)', async () => {
    await expect(system.admin.query(`UPDATE audit.reads SET what = 'x'`)).rejects.toThrow(/append-only/);
    await expect(system.admin.query(`DELETE FROM audit.reads`)).rejects.toThrow(/append-only/);
    await expect(system.admin.query(`TRUNCATE audit.reads`)).rejects.toThrow(/append-only/);
  });
});
