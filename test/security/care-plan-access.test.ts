import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import type { CarePlanInput } from '../graphql/generated/graphql';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
const UNKNOWN = '5b5b5b5b-0000-4000-8000-000000000000';
const ACTION = 'Parenting assessment of Pat Testmoor';
const ARRANGEMENT = 'Weekly contact with grandmother at Quillow Lane family centre';

let system: System;
let world: World;
let socialWorker: Awaited<ReturnType<World['person']>>;
let iro: Awaited<ReturnType<World['person']>>;
let parent: Awaited<ReturnType<World['person']>>;
let carer: Awaited<ReturnType<World['person']>>;
let young: Awaited<ReturnType<World['person']>>;
let childId: string;
let otherChildId: string;
let youngChildId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  parent = await world.person('parent');
  carer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id });
  otherChildId = await world.child({ iro: iro.id, socialWorker: socialWorker.id });
  ({ childId: youngChildId, person: young } = await world.youngPerson('2013-03-09', {
    iro: iro.id,
    socialWorker: socialWorker.id,
  }));
  await world.place(childId, carer.id);
  for (const id of [childId, otherChildId, youngChildId]) {
    await world.carePlan(id, socialWorker.id, {
      permanencePlan: 'REUNIFICATION',
      parallelPlan: 'ADOPTION',
      actions: [{ description: ACTION, concerns: 'PERMANENCE', owner: 'Social worker' }],
      arrangements: [{ dimension: 'FAMILY_AND_SOCIAL_RELATIONSHIPS', text: ARRANGEMENT }],
    });
  }
});

afterAll(() => system?.stop());

const PLAN = graphql(`
  query CarePlanAccessPlan($id: ID!) {
    child(id: $id) {
      carePlan {
        number
        permanencePlan
        parallelPlan
        actions {
          description
          owner
        }
        arrangements {
          dimension
          text
        }
      }
      carePlanVersions {
        number
      }
      carePlanVersion(number: 1) {
        permanencePlan
        actions {
          description
        }
        arrangements {
          text
        }
      }
      carePlanFlags {
        code
      }
    }
  }
`);
const SAVE = graphql(`
  mutation CarePlanAccessSave($input: CarePlanInput!) {
    saveCarePlan(input: $input) {
      number
    }
  }
`);
const input = (id: string): CarePlanInput => ({
  childId: id,
  expectedVersion: 1,
  permanencePlan: 'ADOPTION',
  actions: [],
  arrangements: [],
});

async function versions(id: string): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT count(*)::int AS n FROM care_planning.care_plan_versions WHERE child_id = $1',
    [id],
  );
  return row.n;
}

describe('a parent with parental responsibility', () => {
  it('sees their child’s plan, without the IRO’s flags', async () => {
    const res = await system.graphql(await parent.token(), PLAN, { id: childId });
    expect(res.data?.child?.carePlan).toMatchObject({
      permanencePlan: 'REUNIFICATION',
      parallelPlan: 'ADOPTION',
      actions: [{ description: ACTION }],
    });
    expect(res.data?.child?.carePlanFlags).toEqual([]);
  });

  it('gets the same bytes for a child they have no relationship with as for a child that does not exist', async () => {
    const token = await parent.token();
    const other = await system.graphql(token, PLAN, { id: otherChildId });
    const missing = await system.graphql(token, PLAN, { id: UNKNOWN });
    expect(other.data).toEqual({ child: null });
    expect(other.raw).toBe(missing.raw);
    expect(other.raw).not.toContain(ACTION);
  });

  it('cannot save the plan: "not found", byte for byte as for an unknown child, and nothing written', async () => {
    const token = await parent.token();
    const forbidden = await system.graphql(token, SAVE, { input: input(childId) });
    const unknown = await system.graphql(token, SAVE, { input: input(UNKNOWN) });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(forbidden.raw).toBe(unknown.raw);
    expect(await versions(childId)).toBe(1);
  });
});

describe('the IRO', () => {
  it('sees the whole plan and the flags but cannot write the plan', async () => {
    const token = await iro.token();
    const read = await system.graphql(token, PLAN, { id: childId });
    expect(read.data?.child?.carePlan!.actions).toEqual([{ description: ACTION, owner: 'Social worker' }]);
    const save = await system.graphql(token, SAVE, { input: input(childId) });
    expect(save.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await versions(childId)).toBe(1);
  });
});

describe('the IRO manager', () => {
  it('sees the plan and the flags of their own local authority’s children, and cannot save', async () => {
    const manager = await world.person('iro_manager');
    const token = await manager.token();
    const res = await system.graphql(token, PLAN, { id: childId });
    expect(res.data?.child?.carePlan!.actions).toEqual([{ description: ACTION, owner: 'Social worker' }]);
    expect(res.data?.child?.carePlanFlags).toEqual([]);
    const save = await system.graphql(token, SAVE, { input: input(childId) });
    expect(save.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gets nothing from another local authority: the same bytes as an unknown child', async () => {
    const otherLa = await world.localAuthority('0b0b0b0b-0000-4000-8000-00000000000b', 'Marshby Council');
    const outsider = await world.person('iro_manager', 'Outside Manager', otherLa);
    const token = await outsider.token();
    const res = await system.graphql(token, PLAN, { id: childId });
    const missing = await system.graphql(token, PLAN, { id: UNKNOWN });
    expect(res.raw).toBe(missing.raw);
  });
});

describe('the carer', () => {
  it('sees only the arrangements: no permanence plan, parallel plan or actions, in the plan or its history', async () => {
    const res = await system.graphql(await carer.token(), PLAN, { id: childId });
    expect(res.errors).toBeUndefined();
    const { carePlan, carePlanVersion, carePlanFlags } = res.data!.child!;
    expect(carePlan).toMatchObject({ number: 1, permanencePlan: null, parallelPlan: null, actions: null });
    expect(carePlan!.arrangements).toContainEqual({ dimension: 'FAMILY_AND_SOCIAL_RELATIONSHIPS', text: ARRANGEMENT });
    expect(carePlanVersion).toEqual({
      permanencePlan: null,
      actions: null,
      arrangements: expect.arrayContaining([{ text: ARRANGEMENT }]),
    });
    expect(carePlanFlags).toEqual([]);
    expect(res.raw).not.toContain(ACTION);
    expect(res.raw).not.toContain('REUNIFICATION');
    expect(res.raw).not.toContain('ADOPTION');
  });

  it('gets nothing for a child not placed with them, as for an unknown child', async () => {
    const token = await carer.token();
    const other = await system.graphql(token, PLAN, { id: otherChildId });
    const missing = await system.graphql(token, PLAN, { id: UNKNOWN });
    expect(other.raw).toBe(missing.raw);
  });

  it('cannot save the plan', async () => {
    const res = await system.graphql(await carer.token(), SAVE, { input: input(childId) });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await versions(childId)).toBe(1);
  });
});

describe('the young person', () => {
  it('sees their own plan, without the flags', async () => {
    const res = await system.graphql(await young.token(), PLAN, { id: youngChildId });
    expect(res.data?.child?.carePlan).toMatchObject({
      permanencePlan: 'REUNIFICATION',
      actions: [{ description: ACTION }],
    });
    expect(res.data?.child?.carePlanFlags).toEqual([]);
  });

  it('sees no other child’s plan: the same bytes as an unknown child', async () => {
    const token = await young.token();
    const other = await system.graphql(token, PLAN, { id: childId });
    const missing = await system.graphql(token, PLAN, { id: UNKNOWN });
    expect(other.raw).toBe(missing.raw);
    expect(other.raw).not.toContain(ACTION);
  });

  it('cannot save their own plan', async () => {
    const res = await system.graphql(await young.token(), SAVE, { input: input(youngChildId) });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await versions(youngChildId)).toBe(1);
  });
});

describe('reads are audited', () => {
  it('records who read the care plan', async () => {
    await system.graphql(await parent.token(), PLAN, { id: childId });
    const rows = await system.admin.query(
      `SELECT relationship, what FROM audit.read_labels WHERE actor_id = $1 AND child_id = $2 AND what LIKE '%arePlan%'`,
      [parent.id, childId],
    );
    expect(rows.map((r: { what: string }) => r.what)).toEqual(
      expect.arrayContaining(['Child.carePlan', 'CarePlanVersion.actions']),
    );
  });
});
