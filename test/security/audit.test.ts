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

// No service may read the audit trail back (its role may only append): the tests read it as the administrator.
async function auditRows(requestFilter = ''): Promise<Array<Record<string, string>>> {
  return system.admin.query(
    `SELECT actor_id, relationship, child_id, what, outcome, operation, subgraph FROM audit.read_labels WHERE child_id = $1 ${requestFilter} ORDER BY id`,
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
    // Stored as one row for the child in each subgraph, its labels listed, however many fields were read.
    const stored: Array<{ subgraph: string; what: string | null; labels: string[] }> = await system.admin.query(
      `SELECT subgraph, what, labels FROM audit.reads WHERE child_id = $1 AND operation LIKE 'IroLooksAtChild%' ORDER BY subgraph`,
      [childId],
    );
    expect(stored).toEqual([
      { subgraph: 'care-planning', what: null, labels: ['Child'] },
      { subgraph: 'placements', what: null, labels: ['Child.currentPlacement', 'Placement.address'] },
    ]);
  });

  it("audits each of placements' relationship-only child fields under its own key, and gives a stranger nothing", async () => {
    const query = graphql(`
      query PlacementsChildFields($id: ID!) {
        child(id: $id) {
          currentPlacement {
            placementType
          }
          placements {
            placementType
          }
          lastPlacementChange
          placementStability {
            placementsInLast12Months
          }
        }
      }
    `);
    const res = await system.graphql(await iro.token(), query, { id: childId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.child?.placements).toHaveLength(1);
    const stored: Array<{ labels: string[] }> = await system.admin.query(
      `SELECT labels FROM audit.reads
        WHERE child_id = $1 AND subgraph = 'placements' AND operation LIKE 'PlacementsChildFields%'`,
      [childId],
    );
    expect(stored).toEqual([
      {
        labels: ['Child.currentPlacement', 'Child.lastPlacementChange', 'Child.placementStability', 'Child.placements'],
      },
    ]);

    // A caller with no relationship, even asking placements directly, gets the child as for an unknown id, and
    // nothing is audited as read.
    const stranger = await world.person('iro');
    const strangerActor: Actor = { personId: stranger.id, role: 'iro', localAuthorityId: null, relationships: [] };
    const token = await signInternalToken(
      await importSigningKey(system.keys.internal.privateJwk),
      strangerActor,
      'placements',
    );
    const ask = (id: string) =>
      postGraphQL(
        system.subgraphs.placements.url,
        token,
        `query StrangerPlacements($r: [_Any!]!) { _entities(representations: $r) { ... on Child { placements { id } placementStability { placementsInLast12Months } } } }`,
        { r: [{ __typename: 'Child', id }] },
      );
    const [denied, unknown] = [await ask(childId), await ask(UNKNOWN_CHILD)];
    expect(denied.raw).toBe(unknown.raw);
    expect(denied.data).toEqual({ _entities: [null] });
    const strangerRows: unknown[] = await system.admin.query(
      `SELECT 1 FROM audit.reads WHERE actor_id = $1 AND outcome = 'allowed'`,
      [stranger.id],
    );
    expect(strangerRows).toEqual([]);
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
    const unknownRows: unknown[] = await system.admin.query(`SELECT 1 FROM audit.read_labels WHERE child_id = $1`, [
      UNKNOWN_CHILD,
    ]);
    expect(unknownRows).toEqual([]);
  });

  it('writes one row per child per subgraph listing the labels read, in one statement of one parameter', async () => {
    const others = [await world.child({ iro: iro.id }), await world.child({ iro: iro.id })];
    const children = [childId, ...others];
    const page = graphql(`
      query AuditCaseloadPage {
        me {
          caseload(first: 10) {
            items {
              id
              givenName
              familyName
              dateOfBirth
              iro {
                displayName
              }
              periodsOfCare {
                startDate
              }
              legalStatuses {
                code
              }
            }
          }
        }
      }
    `);
    const carePlanning = system.subgraphs['care-planning'];
    const stop = carePlanning.statements.record();
    const res = await system.graphql(await iro.token(), page, undefined);
    const statements = stop();
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.caseload.items.map((c) => c.id).sort()).toEqual([...children].sort());

    // Rows grow with the children shown, not with their fields: one per child, its labels listed (several labels of
    // one child share a row: see the first test's placements row).
    const rows: Array<{ child_id: string; what: string | null; labels: string[]; relationship: string }> =
      await system.admin.query(
        `SELECT child_id, what, labels, relationship FROM audit.reads
          WHERE actor_id = $1 AND subgraph = 'care-planning' AND operation LIKE 'AuditCaseloadPage%' ORDER BY child_id`,
        [iro.id],
      );
    expect(rows).toHaveLength(children.length);
    for (const row of rows) {
      expect(row).toMatchObject({ what: null, relationship: 'iro' });
      expect(row.labels).toEqual(['Child (caseload)']);
      expect(row.labels).toEqual([...new Set(row.labels)].sort());
    }
    expect(rows.map((r) => r.child_id)).toEqual([...children].sort());

    // One statement for the whole request (the append function: decision 0025), its parameters a handful whatever
    // the page's size — one, the requests' groups as JSON (group commit: one caller at a time, a group of one);
    // never a row written straight into the table.
    expect(statements.filter((sql) => /INSERT INTO audit\./i.test(sql))).toEqual([]);
    const inserts = statements.filter((sql) => /audit\.append_reads\(/.test(sql));
    expect(inserts).toHaveLength(1);
    const placeholders = new Set(inserts[0].match(/\$\d+/g));
    expect(placeholders.size).toBe(1);
  });

  it('allows a denied row only without a relationship, and an allowed row only with one', async () => {
    const insert = (relationship: string | null, outcome: string) =>
      system.gateway.dataSource.query(`SELECT audit.append_reads($1, $2::jsonb, NULL, 'test', 'test')`, [
        iro.id,
        JSON.stringify([{ child_id: childId, relationship, outcome, what: 'Child' }]),
      ]);
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
