// Placements publishes each child's last placement change to care-planning in the transaction of the write that
// changed it (docs/decisions/0026): care-planning's copy must equal what placements answers for
// `Child.lastPlacementChange` after every kind of write — the mutations, a correction in SQL, a removal — and a
// write that rolls back publishes nothing. A writer that forgot to publish would fail here.
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let socialWorker: Awaited<ReturnType<World['person']>>;
let carers: Array<Awaited<ReturnType<World['person']>>>;
let childId: string;
let otherChildId: string;
let asPlacements: Client;

const START = graphql(`
  mutation PlacementChangePublishedStart($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
    }
  }
`);
const CHANGE = graphql(`
  mutation PlacementChangePublishedChange($input: ChangePlacementInput!) {
    changePlacement(input: $input) {
      id
    }
  }
`);
const END = graphql(`
  mutation PlacementChangePublishedEnd($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      endDate
    }
  }
`);
const LAST_CHANGE = graphql(`
  query PlacementChangePublishedLast($id: ID!) {
    child(id: $id) {
      lastPlacementChange
    }
  }
`);

const address = { line1: '7 Sedge Row', town: 'Brackenford', postcode: 'ZZ4 1PL' };

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  socialWorker = await world.person('social_worker', 'Sam Sedgewick');
  carers = await Promise.all([1, 2, 3].map((n) => world.person('foster_carer', `Carer ${n} Sedgewick`)));
  childId = await world.child({ socialWorker: socialWorker.id, since: '2026-01-05' });
  otherChildId = await world.child({ socialWorker: socialWorker.id, since: '2026-01-05' });
  // Placements' own role, as the service connects: what a fix in SQL by the service would run as.
  asPlacements = new Client({ connectionString: system.roles.services.placements });
  await asPlacements.connect();
});

afterAll(async () => {
  await asPlacements?.end();
  await system?.stop();
});

/** What care-planning holds for the child: its own table, read as care-planning's role. */
async function held(id: string): Promise<string | null> {
  const rows = await system.subgraphs['care-planning'].dataSource.query<Array<{ on: string }>>(
    'SELECT last_change_on::text AS "on" FROM care_planning.placement_changes WHERE child_id = $1',
    [id],
  );
  return rows[0]?.on ?? null;
}

/** What placements answers through the graph. */
async function published(id: string): Promise<string | null> {
  const res = await system.graphql(await socialWorker.token(), LAST_CHANGE, { id });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data?.child?.lastPlacementChange ?? null;
}

async function expectInStep(id: string, expected: string | null): Promise<void> {
  expect(await published(id)).toBe(expected);
  expect(await held(id)).toBe(expected);
}

const currentPlacementId = async (id: string) =>
  (
    await asPlacements.query<{ id: string }>(
      'SELECT id FROM placements.placements WHERE child_id = $1 AND end_date IS NULL',
      [id],
    )
  ).rows[0].id;

describe('every write to the placement history leaves care-planning’s copy equal to placements’ answer', () => {
  it('a first placement is no change: nothing held', async () => {
    const res = await system.graphql(await socialWorker.token(), START, {
      input: {
        childId,
        carerPersonId: carers[0].id,
        placementType: 'U4',
        providerCode: 'PR1',
        startDate: '2026-01-05',
        address,
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    await expectInStep(childId, null);
  });

  it('changePlacement (end and start in one transaction) publishes the move', async () => {
    const res = await system.graphql(await socialWorker.token(), CHANGE, {
      input: {
        placementId: await currentPlacementId(childId),
        reasonForChange: 'CARPL',
        carerPersonId: carers[1].id,
        placementType: 'U4',
        providerCode: 'PR1',
        startDate: '2026-09-07',
        address: { ...address, line1: '8 Sedge Row' },
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    await expectInStep(childId, '2026-09-07');
  });

  it('endPlacement does not move the last change; a later startPlacement does', async () => {
    const ended = await system.graphql(await socialWorker.token(), END, {
      input: { placementId: await currentPlacementId(childId), endDate: '2026-10-30', reasonForChange: 'CARPL' },
    });
    expect(ended.errors, ended.raw).toBeUndefined();
    await expectInStep(childId, '2026-09-07');
    const started = await system.graphql(await socialWorker.token(), START, {
      input: {
        childId,
        carerPersonId: carers[2].id,
        placementType: 'U4',
        providerCode: 'PR1',
        startDate: '2026-11-02',
        address,
      },
    });
    expect(started.errors, started.raw).toBeUndefined();
    await expectInStep(childId, '2026-11-02');
  });

  it('the factories’ and the seed’s path (startPlacement in a transaction of their own) publishes too', async () => {
    await world.place(otherChildId, carers[0].id, '2026-02-01');
    await expectInStep(otherChildId, null);
    const first = await world.place(otherChildId, carers[1].id, '2026-06-01');
    await expectInStep(otherChildId, '2026-06-01');
    await world.endPlacement(first, '2026-07-01');
    await expectInStep(otherChildId, '2026-06-01');
  });

  it('a correction in SQL, as placements’ own role, publishes: a start date moved, a placement removed', async () => {
    await asPlacements.query(
      `UPDATE placements.placements SET start_date = '2026-11-03' WHERE child_id = $1 AND start_date = '2026-11-02'`,
      [childId],
    );
    await expectInStep(childId, '2026-11-03');
    await asPlacements.query(`DELETE FROM placements.placements WHERE child_id = $1 AND start_date = '2026-11-03'`, [
      childId,
    ]);
    await expectInStep(childId, '2026-09-07');
    // Down to one placement: no change any more, and care-planning's row goes.
    await asPlacements.query(`DELETE FROM placements.placements WHERE child_id = $1 AND start_date = '2026-06-01'`, [
      otherChildId,
    ]);
    await expectInStep(otherChildId, null);
  });

  it('a placement moved to another child publishes for both', async () => {
    await asPlacements.query(
      `UPDATE placements.placements SET child_id = $2 WHERE child_id = $1 AND start_date = '2026-09-07'`,
      [childId, otherChildId],
    );
    await expectInStep(childId, null);
    await expectInStep(otherChildId, '2026-09-07');
  });

  it('a write that rolls back publishes nothing', async () => {
    await asPlacements.query('BEGIN');
    await asPlacements.query(
      `UPDATE placements.placements SET start_date = '2026-09-14' WHERE child_id = $1 AND start_date = '2026-09-07'`,
      [otherChildId],
    );
    // Inside the transaction the move is there…
    const inside = await asPlacements.query(
      `SELECT count(*)::int AS n FROM placements.placements WHERE child_id = $1 AND start_date = '2026-09-14'`,
      [otherChildId],
    );
    expect(inside.rows[0].n).toBe(1);
    await asPlacements.query('ROLLBACK');
    // …and after the rollback neither side kept it.
    await expectInStep(otherChildId, '2026-09-07');
  });

  it('every child with placements: the held copy equals placements’ answer', async () => {
    const children = await system.admin.query<Array<{ child_id: string }>>(
      'SELECT DISTINCT child_id FROM placements.placements',
    );
    expect(children.length).toBeGreaterThan(0);
    for (const { child_id } of children) expect(await held(child_id), child_id).toBe(await published(child_id));
  });
});
