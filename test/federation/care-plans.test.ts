import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import type { CarePlanInput } from '../graphql/generated/graphql';
import { World } from '../support/factories';
import { type System, startSystem, withUncheckedVariables } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let socialWorker: Awaited<ReturnType<World['person']>>;
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ines Testmoor');
  socialWorker = await world.person('social_worker', 'Sam Quillow');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-09-07' });
});

afterAll(() => system?.stop());

const SAVE = graphql(`
  mutation CarePlansSave($input: CarePlanInput!) {
    saveCarePlan(input: $input) {
      number
      savedBy {
        displayName
      }
      permanencePlan
      parallelPlan
      actions {
        description
        concerns
        owner
        dueDate
      }
      arrangements {
        dimension
        text
      }
    }
  }
`);
const PLAN = graphql(`
  query CarePlansPlan($id: ID!, $n: Int!) {
    child(id: $id) {
      carePlan {
        number
        permanencePlan
        parallelPlan
        actions {
          description
          concerns
          owner
          dueDate
        }
        arrangements {
          dimension
          text
        }
        savedBy {
          displayName
        }
        savedAt
      }
      carePlanVersions {
        number
        savedBy {
          displayName
        }
        savedAt
      }
      carePlanVersion(number: $n) {
        number
        permanencePlan
        actions {
          description
        }
        arrangements {
          dimension
          text
        }
      }
    }
  }
`);

const first: Omit<CarePlanInput, 'childId'> = {
  expectedVersion: 0,
  permanencePlan: 'REUNIFICATION',
  parallelPlan: 'KINSHIP_OR_SGO',
  actions: [
    {
      description: 'Parenting assessment of mother',
      concerns: 'PERMANENCE',
      owner: 'Social worker',
      dueDate: '2027-01-15',
    },
  ],
  arrangements: [
    { dimension: 'HEALTH', text: 'Initial health assessment booked' },
    { dimension: 'EDUCATION', text: 'Stays at Quillow Primary' },
  ],
};
const second: Omit<CarePlanInput, 'childId'> = {
  ...first,
  expectedVersion: 1,
  permanencePlan: 'LONG_TERM_FOSTER_CARE',
  parallelPlan: null,
  arrangements: [...(first.arrangements ?? []).slice(1), { dimension: 'IDENTITY', text: 'Attends Sunday school' }],
};

async function count(table: string, id = childId): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT count(*)::int AS n FROM care_planning.${table} WHERE child_id = $1`,
    [id],
  );
  return row.n;
}
async function head(id = childId): Promise<number | null> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    'SELECT version FROM care_planning.care_plans WHERE child_id = $1',
    [id],
  );
  return row?.version ?? null;
}

describe('saving a care plan', () => {
  it('writes version 1, saved by the social worker', async () => {
    const res = await system.graphql(await socialWorker.token(), SAVE, { input: { childId, ...first } });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data).toMatchObject({
      saveCarePlan: {
        number: 1,
        savedBy: { displayName: 'Sam Quillow' },
        permanencePlan: 'REUNIFICATION',
        parallelPlan: 'KINSHIP_OR_SGO',
        actions: [
          {
            description: 'Parenting assessment of mother',
            concerns: 'PERMANENCE',
            owner: 'Social worker',
            dueDate: '2027-01-15',
          },
        ],
      },
    });
  });

  it('writes a new version on the next save, and keeps the earlier one readable', async () => {
    const res = await system.graphql(await socialWorker.token(), SAVE, { input: { childId, ...second } });
    expect(res.errors, res.raw).toBeUndefined();
    const read = await system.graphql(await iro.token(), PLAN, { id: childId, n: 1 });
    expect(read.errors, read.raw).toBeUndefined();
    const { carePlan, carePlanVersions, carePlanVersion } = read.data!.child!;
    expect(carePlan).toMatchObject({
      number: 2,
      permanencePlan: 'LONG_TERM_FOSTER_CARE',
      parallelPlan: null,
      savedBy: { displayName: 'Sam Quillow' },
    });
    expect(carePlan!.arrangements).toHaveLength(7);
    expect(carePlan!.arrangements!.filter((a: { text: string | null }) => a.text)).toEqual([
      { dimension: 'EDUCATION', text: 'Stays at Quillow Primary' },
      { dimension: 'IDENTITY', text: 'Attends Sunday school' },
    ]);
    expect(carePlanVersions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(carePlanVersions[1].savedBy).toEqual({ displayName: 'Sam Quillow' });
    expect(Date.parse(carePlanVersions[0].savedAt)).not.toBeNaN();
    expect(carePlanVersion).toMatchObject({ number: 1, permanencePlan: 'REUNIFICATION' });
    expect(carePlanVersion!.arrangements!.find((a: { dimension: string }) => a.dimension === 'HEALTH')!.text).toBe(
      'Initial health assessment booked',
    );
  });

  it('answers null for a version that does not exist', async () => {
    const read = await system.graphql(await iro.token(), PLAN, { id: childId, n: 9 });
    expect(read.data?.child!.carePlanVersion).toBeNull();
  });
});

describe('bad input gets a typed error and changes nothing', () => {
  const action = first.actions[0];
  it.each([
    ['a parallel plan equal to the main plan', { parallelPlan: 'LONG_TERM_FOSTER_CARE' }, 'parallelPlan', 'INVALID'],
    [
      'an empty action description',
      { actions: [{ ...action, description: '  ' }] },
      'actions.0.description',
      'REQUIRED',
    ],
    ['an action without an owner', { actions: [action, { ...action, owner: '' }] }, 'actions.1.owner', 'REQUIRED'],
    [
      'a description too long',
      { actions: [{ ...action, description: 'x'.repeat(1001) }] },
      'actions.0.description',
      'TOO_LONG',
    ],
    [
      'a dimension listed twice',
      {
        arrangements: [
          { dimension: 'HEALTH', text: 'a' },
          { dimension: 'HEALTH', text: 'b' },
        ],
      },
      'arrangements.HEALTH',
      'INVALID',
    ],
  ])('%s', async (_label, over, field, problem) => {
    const before = [await count('care_plan_versions'), await head()];
    const res = await system.graphql(await socialWorker.token(), withUncheckedVariables(SAVE), {
      input: { childId, ...second, expectedVersion: 2, ...over },
    });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect([await count('care_plan_versions'), await head()]).toEqual(before);
  });

  it('a due date that does not exist fails as a Date (BAD_USER_INPUT, no field)', async () => {
    const before = [await count('care_plan_versions'), await head()];
    const over = { actions: [{ ...action, dueDate: '2027-02-30' }] };
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId, ...second, expectedVersion: 2, ...over },
    });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT' });
    expect([await count('care_plan_versions'), await head()]).toEqual(before);
  });
});

describe('two people editing the same plan', () => {
  it('gives the second save from a stale version CONFLICT, naming what changed, who saved it and when', async () => {
    const before = await count('care_plan_versions');
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId, ...first, expectedVersion: 1 },
    });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({
      code: 'CONFLICT',
      changed: ['permanencePlan', 'parallelPlan', 'arrangements.HEALTH', 'arrangements.IDENTITY'],
    });
    expect(res.errors?.[0]?.message).toMatch(/Sam Quillow saved version 2 .* on \d{1,2} \w+ \d{4} at \d{2}:\d{2}/);
    expect(await count('care_plan_versions')).toBe(before);
  });

  it('lets exactly one of two simultaneous saves from the same version succeed', async () => {
    const other = await world.child({ iro: iro.id, socialWorker: socialWorker.id });
    const token = await socialWorker.token();
    const results = await Promise.all(
      ['Contact with grandmother weekly', 'Contact with grandmother monthly'].map((text) =>
        system.graphql(token, SAVE, {
          input: { ...first, childId: other, arrangements: [{ dimension: 'FAMILY_AND_SOCIAL_RELATIONSHIPS', text }] },
        }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const loser = results.find((r) => r.errors)!;
    expect(loser.errors?.[0]?.extensions?.changed).toEqual([
      'permanencePlan',
      'parallelPlan',
      'actions',
      'arrangements.FAMILY_AND_SOCIAL_RELATIONSHIPS',
    ]);
    expect([await count('care_plan_versions', other), await head(other)]).toEqual([1, 1]);
  });

  it('refuses an expected version that was never saved', async () => {
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId, ...second, expectedVersion: 7 },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('a failing step', () => {
  it('leaves nothing behind: the head does not move when the version cannot be written', async () => {
    // Only an owner may add a trigger (the service's own role cannot: docs/security.md, "Database roles").
    const ds = system.admin;
    await ds.query(`CREATE FUNCTION care_planning.fail_plan() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.actions::text LIKE '%Trip the wire%' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await ds.query(
      `CREATE TRIGGER fail_plan BEFORE INSERT ON care_planning.care_plan_versions FOR EACH ROW EXECUTE FUNCTION care_planning.fail_plan()`,
    );
    try {
      const before = [await count('care_plan_versions'), await head()];
      const res = await system.graphql(await socialWorker.token(), SAVE, {
        input: {
          childId,
          ...second,
          expectedVersion: 2,
          actions: [{ description: 'Trip the wire', concerns: 'PERMANENCE', owner: 'Social worker' }],
        },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.raw).not.toContain('injected failure');
      expect([await count('care_plan_versions'), await head()]).toEqual(before);
    } finally {
      await ds.query('DROP TRIGGER fail_plan ON care_planning.care_plan_versions');
      await ds.query('DROP FUNCTION care_planning.fail_plan()');
    }
    const retry = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId, ...second, expectedVersion: 2 },
    });
    expect(retry.data).toMatchObject({ saveCarePlan: { number: 3 } });
  });
});

describe('flags on the IRO’s view', () => {
  const FLAGS = graphql(`
    query CarePlansFlags($id: ID!) {
      child(id: $id) {
        carePlanFlags {
          code
          message
        }
      }
    }
  `);
  const flagsOf = async (id: string) =>
    (await system.graphql(await iro.token(), FLAGS, { id })).data?.child!.carePlanFlags ?? [];

  it('flags a child with no care plan', async () => {
    const id = await world.child({ iro: iro.id, since: '2026-11-02' });
    expect((await flagsOf(id)).map((f) => f.code)).toEqual(['NO_CARE_PLAN']);
  });

  it('flags no permanence plan by the second review, until the plan names one', async () => {
    const id = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-01-05' });
    await world.reviewHeld(id, '2026-02-02', iro.id);
    await world.reviewHeld(id, '2026-04-20', iro.id);
    await world.carePlan(id, socialWorker.id, { permanencePlan: null });
    const [flag] = await flagsOf(id);
    expect(flag).toEqual({
      code: 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW',
      message: expect.stringMatching(/second review on 20 April 2026/),
    });
    await world.carePlan(id, socialWorker.id, { permanencePlan: 'ADOPTION' });
    expect(await flagsOf(id)).toEqual([]);
  });

  it('flags a plan whose actions all concern arrangements', async () => {
    const id = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-10-05' });
    await world.carePlan(id, socialWorker.id, {
      actions: [
        { description: 'Register with a dentist', concerns: 'ARRANGEMENTS', owner: 'Carer' },
        { description: 'Swimming lessons', concerns: 'ARRANGEMENTS', owner: 'Carer' },
      ],
    });
    expect((await flagsOf(id)).map((f) => f.code)).toEqual(['ACTIONS_ONLY_ARRANGEMENTS']);
  });

  it('costs the same SQL statements for 2 children as for 6', async () => {
    const flagger = await world.person('iro');
    const query = graphql(`
      query CarePlansQuery {
        children(first: 100) {
          items {
            carePlanFlags {
              code
            }
            carePlan {
              number
              savedBy {
                displayName
              }
            }
            carePlanVersions {
              number
            }
          }
        }
      }
    `);
    const measure = async () => {
      const token = await flagger.token();
      const before = system.subgraphs['care-planning'].statements.count;
      const res = await system.graphql(token, query);
      expect(res.errors, res.raw).toBeUndefined();
      return { n: res.data!.children.items.length, sql: system.subgraphs['care-planning'].statements.count - before };
    };
    const add = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const id = await world.child({ iro: flagger.id, socialWorker: socialWorker.id });
        await world.reviewHeld(id, '2026-02-02', flagger.id);
        await world.carePlan(id, socialWorker.id);
      }
    };
    await add(2);
    const two = await measure();
    await add(4);
    const six = await measure();
    expect([two.n, six.n]).toEqual([2, 6]);
    expect(six.sql).toBe(two.sql);
  });
});
