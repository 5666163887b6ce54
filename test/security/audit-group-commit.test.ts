import { randomUUID } from 'node:crypto';
import type { RelationshipKind } from '@lac/access';
import { createDataSource, verifyAuditChain } from '@lac/database';
import { SUBGRAPHS } from '@lac/registry';
import { AuditTrail, MAX_GROUP_REQUESTS, MAX_GROUP_ROWS } from '@lac/subgraph-kit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * docs/security.md, "Audit", and decision 0025, "Group commit": a subgraph process sends the audit trails of the
 * requests that finish while its previous append is in flight together, in one call of `audit.append_reads(groups)`.
 * Each request is still answered only once its own rows are committed, each row keeps its own request's actor,
 * operation and request id, the chain verifies with the unchanged verifier, and a group that fails fails every
 * request in it and writes nothing. One caller at a time sends one statement per request, at once.
 *
 * The trails are the kit's own (`AuditTrail`, as a request's context holds it), flushed through a pool connected as
 * a service's role, as the kit's server plugin flushes them.
 */
let system: System;
const pools: DataSource[] = [];

const TODAY = '2026-11-23';

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.destroy()));
  await system?.stop();
});

/** A service's own connection pool, as a subgraph process holds one, recording the statements it sends. */
async function servicePool(service = 'care-planning'): Promise<{ db: DataSource; appends: () => () => string[] }> {
  const schema = SUBGRAPHS.find((s) => s.name === service)!.dbSchema;
  const { dataSource, statements } = createDataSource({
    url: system.roles.services[service],
    schema,
    entities: [],
    migrations: [],
    poolSize: 4,
  });
  await dataSource.initialize();
  pools.push(dataSource);
  const appends = () => {
    const stop = statements.record();
    return () => stop().filter((sql) => /audit\.append_reads\(/.test(sql));
  };
  return { db: dataSource, appends };
}

interface Request {
  trail: AuditTrail;
  actor: string;
  request: string;
  operation: string;
  rows: number;
}

/** One request's audit: `allowed` children read through a relationship, and `denied` asked for and refused. */
function request(allowed: number, denied = 0, childId: () => string = randomUUID): Request {
  const actor = randomUUID();
  const id = `group-${randomUUID()}`;
  const trail = new AuditTrail('care-planning', actor, id);
  const operation = `GroupCommit${allowed}x${denied}`;
  trail.operation = operation;
  const relationships: RelationshipKind[] = ['iro', 'social_worker', 'carer'];
  for (let i = 0; i < allowed; i++) trail.read(childId(), relationships[i % relationships.length], 'Child (caseload)');
  for (let i = 0; i < denied; i++) trail.denied(childId(), 'Child');
  return { trail, actor, request: id, operation, rows: allowed + denied };
}

interface StoredRow {
  id: string;
  at: string;
  actor_id: string;
  operation: string;
  subgraph: string;
  request_id: string;
}

async function rowsOf(requests: Request[]): Promise<StoredRow[]> {
  return system.admin.query(
    // In chain order: by the column, not by its text (which the output's `id` would sort by).
    `SELECT r.id::text AS id, r.at::text AS at, r.actor_id, r.operation, r.subgraph, r.request_id FROM audit.reads r
      WHERE r.request_id = ANY($1) ORDER BY r.id`,
    [requests.map((r) => r.request)],
  );
}

/** Each request's rows: all there, all its own actor, operation and subgraph, and consecutive ids. */
function expectOwnRows(rows: StoredRow[], requests: Request[]): void {
  for (const r of requests) {
    const own = rows.filter((row) => row.request_id === r.request);
    expect(own).toHaveLength(r.rows);
    for (const row of own) {
      expect(row).toMatchObject({ actor_id: r.actor, operation: r.operation, subgraph: 'care-planning' });
    }
    const ids = own.map((row) => Number(row.id));
    expect(Math.max(...ids) - Math.min(...ids) + 1).toBe(r.rows);
  }
}

describe('group commit of the audit', () => {
  it('sends one statement per request, with one parameter, when one caller comes at a time', async () => {
    const { db, appends } = await servicePool();
    const requests = [request(50), request(3, 1), request(1)];
    const recorded = appends();
    for (const r of requests) await r.trail.flush(db);
    const statements = recorded();
    expect(statements).toHaveLength(requests.length);
    for (const sql of statements) expect(new Set(sql.match(/\$\d+/g))).toEqual(new Set(['$1']));
    expectOwnRows(await rowsOf(requests), requests);
  });

  it("sends the requests that finish during an append in the next one, each row with its own request's actor and id", async () => {
    const { db, appends } = await servicePool();
    const requests = Array.from({ length: 12 }, (_, i) => request(1 + (i % 5) * 10, i % 3));
    const recorded = appends();
    // Twelve requests answered at once: the first goes alone, the other eleven arrive while it is in flight.
    await Promise.all(requests.map((r) => r.trail.flush(db)));
    expect(recorded()).toHaveLength(2);

    const rows = await rowsOf(requests);
    expect(rows).toHaveLength(requests.reduce((n, r) => n + r.rows, 0));
    expectOwnRows(rows, requests);
    // Chained in the order the requests arrived; the eleven of the second statement share its transaction's time.
    expect([...new Set(rows.map((row) => row.request_id))]).toEqual(requests.map((r) => r.request));
    const grouped = new Set(rows.filter((row) => row.request_id !== requests[0].request).map((row) => row.at));
    expect(grouped.size).toBe(1);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('fails every request of a group that cannot be written, writes nothing of it, and goes on with the next', async () => {
    const { db, appends } = await servicePool();
    const first = request(5);
    const before = request(4);
    const broken = request(2, 0, () => 'not-a-child-id');
    const after = request(3, 1);
    const later = request(2);
    const recorded = appends();
    const results = await Promise.allSettled([first, before, broken, after].map((r) => r.trail.flush(db)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    // Nothing of the failed group, and the head where the first request left it: the next append chains from there.
    const [head] = await system.admin.query(`SELECT last_id::text FROM audit.chain_head`);
    expect(await rowsOf([before, broken, after])).toEqual([]);
    const firstRows = await rowsOf([first]);
    expect(head.last_id).toBe(firstRows.at(-1)!.id);

    await later.trail.flush(db);
    expect(recorded()).toHaveLength(3);
    expectOwnRows(await rowsOf([first, later]), [first, later]);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('bounds a group by its requests and by its rows', async () => {
    const { db, appends } = await servicePool();
    const inFlight = request(1);
    const many = Array.from({ length: MAX_GROUP_REQUESTS + 3 }, () => request(2));
    let recorded = appends();
    await Promise.all([inFlight, ...many].map((r) => r.trail.flush(db)));
    // The one in flight, then a full group of requests, then the three left over.
    expect(recorded()).toHaveLength(3);
    expectOwnRows(await rowsOf([inFlight, ...many]), [inFlight, ...many]);

    const half = Math.floor(MAX_GROUP_ROWS / 2);
    const large = [request(1), request(half), request(half), request(half)];
    recorded = appends();
    await Promise.all(large.map((r) => r.trail.flush(db)));
    // The one in flight, then two halves (the bound reached, not passed), then the third half alone.
    expect(recorded()).toHaveLength(3);
    expectOwnRows(await rowsOf(large), large);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('makes each row from its group and entry, never the id, time or hash a service supplies in them', async () => {
    const { db } = await servicePool('placements');
    const forged = { id: 1, at: '2019-01-01T00:00:00Z', prev_hash: '\\x00', hash: '\\x00' };
    const groups = ['forged-1', 'forged-2'].map((request) => ({
      ...forged,
      actor: randomUUID(),
      operation: 'Forgery',
      subgraph: 'placements',
      request,
      entries: [{ ...forged, actor_id: randomUUID(), child_id: randomUUID(), relationship: 'iro', what: 'Child' }],
    }));
    await db.query(`SELECT audit.append_reads($1::jsonb)`, [JSON.stringify(groups)]);
    const rows: Array<Record<string, unknown>> = await system.admin.query(
      `SELECT request_id, actor_id, id > 1 AS chain_id, at > now() - interval '1 minute' AS now_ish FROM audit.reads
        WHERE request_id LIKE 'forged-%' ORDER BY id`,
    );
    expect(rows).toEqual(
      groups.map((g) => ({ request_id: g.request, actor_id: g.actor, chain_id: true, now_ish: true })),
    );
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it("keeps each connection pool's group to itself: another pool's request does not wait behind it", async () => {
    const one = await servicePool('care-planning');
    const other = await servicePool('placements');
    const [a, b, c] = [request(2), request(2), request(2)];
    const recordedOne = one.appends();
    const recordedOther = other.appends();
    await Promise.all([a.trail.flush(one.db), b.trail.flush(one.db), c.trail.flush(other.db)]);
    expect(recordedOne()).toHaveLength(2);
    expect(recordedOther()).toHaveLength(1);
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });
});

describe('group commit through the graph', () => {
  const caseload = graphql(`
    query GroupCommitCaseload {
      me {
        caseload(first: 10) {
          items {
            id
            givenName
          }
        }
      }
    }
  `);
  let iros: Array<{ id: string; token: string; children: string[] }>;

  beforeAll(async () => {
    const world = new World(system, TODAY);
    await world.localAuthority();
    iros = [];
    for (let i = 0; i < 3; i++) {
      const iro = await world.person('iro');
      const children = [];
      for (let c = 0; c <= i; c++) children.push(await world.child({ iro: iro.id }));
      iros.push({ id: iro.id, token: await iro.token(), children });
    }
  });

  /** Four caseload views by each IRO at once, through the gateway: twelve requests answered together. */
  function viewAtOnce() {
    return Promise.all(
      iros.flatMap((iro) => Array.from({ length: 4 }, () => system.graphql(iro.token, caseload, undefined))),
    );
  }

  it("answers each caller with their own caseload and writes each request's rows under its own actor", async () => {
    const responses = await viewAtOnce();
    responses.forEach((res, i) => {
      expect(res.errors).toBeUndefined();
      const ids = res.data!.me.caseload.items.map((c) => c.id).sort();
      expect(ids).toEqual([...iros[Math.floor(i / 4)].children].sort());
    });
    const rows: Array<{ request_id: string; actor_id: string; child_id: string }> = await system.admin.query(
      `SELECT request_id, actor_id, child_id FROM audit.reads
        WHERE subgraph = 'care-planning' AND operation LIKE 'GroupCommitCaseload%'`,
    );
    for (const iro of iros) {
      const own = rows.filter((r) => r.actor_id === iro.id);
      // Four requests, each its own request id, each a row for every child of this IRO's and no other's.
      expect(new Set(own.map((r) => r.request_id)).size).toBe(4);
      expect(own).toHaveLength(4 * iro.children.length);
      expect(new Set(own.map((r) => r.child_id))).toEqual(new Set(iro.children));
    }
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });

  it('answers none of the requests whose audit cannot be written, grouped or not', async () => {
    const before: Array<{ n: number }> = await system.admin.query(`SELECT count(*)::int AS n FROM audit.reads`);
    // As the administrator (no service may touch the table's triggers): every append fails until it is dropped.
    await system.admin.query(`CREATE FUNCTION audit.fail_append() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit unavailable'; END $$`);
    await system.admin.query(
      `CREATE TRIGGER fail_append BEFORE INSERT ON audit.reads FOR EACH ROW EXECUTE FUNCTION audit.fail_append()`,
    );
    try {
      const responses = await viewAtOnce();
      for (const res of responses) {
        expect(res.data?.me ?? null).toBeNull();
        expect(res.errors?.length).toBeGreaterThan(0);
      }
    } finally {
      await system.admin.query(`DROP TRIGGER fail_append ON audit.reads`);
      await system.admin.query(`DROP FUNCTION audit.fail_append()`);
    }
    const after: Array<{ n: number }> = await system.admin.query(`SELECT count(*)::int AS n FROM audit.reads`);
    expect(after[0].n).toBe(before[0].n);
    // And the next requests are answered and audited: a failed group leaves nothing stuck behind it.
    for (const res of await viewAtOnce()) expect(res.errors).toBeUndefined();
    expect(await verifyAuditChain(system.admin)).toMatchObject({ ok: true });
  });
});
