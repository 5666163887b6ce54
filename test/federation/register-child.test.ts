import type { Role } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// A child coming into care, registered by a social worker of the local authority (policy `register_child`); the IRO
// allocated by the manager (`allocate_iro`); the period of care ended with its SSDA903 reason.
const TODAY = '2026-11-23';
const OTHER_LA = '0b0b0b0b-0000-4000-8000-00000000000b';
let system: System;
let world: World;
let socialWorker: Awaited<ReturnType<World['person']>>;
let manager: Awaited<ReturnType<World['person']>>;

const REGISTER = graphql(`
  mutation RegisterChildTest($input: RegisterChildInput!) {
    registerChildInCare(input: $input)
  }
`);
const CHILD = graphql(`
  query RegisterChildTestChild($id: ID!) {
    child(id: $id) {
      givenName
      familyName
      dateOfBirth
      socialWorker {
        id
      }
      iro {
        id
      }
      statutoryDetails {
        sex
        ethnicity
        ethnicityDescription
        upn
      }
      periodsOfCare {
        startDate
        endDate
        reasonCeased
        reasonCeasedDescription
      }
      legalStatuses {
        code
        startDate
        endDate
      }
      nextReview {
        dueBy
        kind
      }
    }
  }
`);
const OPTIONS = graphql(`
  query RegisterChildTestOptions($childId: ID!) {
    iroAllocationOptions(childId: $childId) {
      iro {
        id
        displayName
      }
      caseloadSize
    }
  }
`);
const ALLOCATE = graphql(`
  mutation RegisterChildTestAllocate($input: AllocationInput!) {
    allocateIro(input: $input) {
      id
    }
  }
`);
const END = graphql(`
  mutation RegisterChildTestEnd($input: EndPeriodOfCareInput!) {
    endPeriodOfCare(input: $input) {
      endDate
      reasonCeased
    }
  }
`);
const CAN = graphql(`
  query RegisterChildTestCan {
    me {
      authorityCan {
        registerChild
        manageLocalAuthoritySettings
      }
    }
  }
`);

const input = (over: Record<string, unknown> = {}) => ({
  givenName: 'Robin',
  familyName: 'Quillfeather',
  dateOfBirth: '2014-05-02',
  sex: '2',
  ethnicity: 'MWBA',
  upn: null,
  // Monday 16 November 2026: the first review is due 20 working days on, Monday 14 December 2026.
  lookedAfterFrom: '2026-11-16',
  legalStatus: 'C1',
  ...over,
});

async function childrenCount(): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT count(*)::int AS n FROM care_planning.children`,
  );
  return row.n;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  await world.localAuthority(OTHER_LA, 'Marshby Council');
  socialWorker = await world.person('social_worker', 'Sol Quillfeather');
  manager = await world.person('iro_manager', 'Mona Quillfeather');
}, 120_000);

afterAll(() => system?.stop());

describe('registering a child coming into care', () => {
  it('records the child, the period of care and its legal status, with the social worker allocated', async () => {
    const res = await system.graphql(await socialWorker.token(), REGISTER, { input: input() });
    expect(res.errors, res.raw).toBeUndefined();
    const id = res.data!.registerChildInCare;
    // A new request: the relationship granted on registering is read live by the gateway.
    const child = await system.graphql(await socialWorker.token(), CHILD, { id });
    expect(child.data?.child).toEqual({
      givenName: 'Robin',
      familyName: 'Quillfeather',
      dateOfBirth: '2014-05-02',
      socialWorker: { id: socialWorker.id },
      iro: null,
      statutoryDetails: {
        sex: '2',
        ethnicity: 'MWBA',
        ethnicityDescription: 'Mixed – White and Black African',
        upn: null,
      },
      periodsOfCare: [{ startDate: '2026-11-16', endDate: null, reasonCeased: null, reasonCeasedDescription: null }],
      legalStatuses: [{ code: 'C1', startDate: '2026-11-16', endDate: null }],
      nextReview: { dueBy: '2026-12-14', kind: 'first' },
    });
  });

  it.each([
    ['an unknown ethnicity code', { ethnicity: 'WHIT' }, 'ethnicity', 'UNKNOWN_CODE'],
    [
      'care starting before the date of birth',
      { lookedAfterFrom: '2014-05-01' },
      'lookedAfterFrom',
      'END_BEFORE_START',
    ],
    ['an unknown legal status', { legalStatus: 'V1' }, 'legalStatus', 'UNKNOWN_CODE'],
    ['a UPN with the wrong check letter', { upn: 'B820200123456' }, 'upn', 'INVALID'],
  ])('refuses %s with a typed error and records nothing', async (_label, over, field, problem) => {
    const before = await childrenCount();
    const res = await system.graphql(await socialWorker.token(), REGISTER, { input: input(over) });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect(await childrenCount()).toBe(before);
  });

  it.each(['iro', 'iro_manager', 'parent', 'foster_carer', 'young_person', 'advocate', 'guardian'] as Role[])(
    'gives a %s "not found" and records nothing',
    async (role) => {
      const someone = await world.person(role);
      const before = await childrenCount();
      const res = await system.graphql(await someone.token(), REGISTER, { input: input() });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
      expect(await childrenCount()).toBe(before);
    },
  );

  it('gives a social worker with no local authority "not found"', async () => {
    const stray = await world.person('social_worker', 'Stray Worker', null);
    const res = await system.graphql(await stray.token(), REGISTER, { input: input() });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('tells the portal who may register a child and who may change the settings', async () => {
    const can = async (role: Role) => (await system.graphql(await (await world.person(role)).token(), CAN)).data;
    expect(await can('social_worker')).toEqual({
      me: { authorityCan: { registerChild: true, manageLocalAuthoritySettings: false } },
    });
    expect(await can('iro_manager')).toEqual({
      me: { authorityCan: { registerChild: false, manageLocalAuthoritySettings: true } },
    });
    expect(await can('iro')).toEqual({
      me: { authorityCan: { registerChild: false, manageLocalAuthoritySettings: false } },
    });
  });

  it('shows the SSDA903 details to the professionals only: a parent reads null, as for a child with none', async () => {
    const id = (await system.graphql(await socialWorker.token(), REGISTER, { input: input({ upn: 'UN4' }) })).data!
      .registerChildInCare;
    const parent = await world.person('parent');
    await world.parentWithResponsibility(id, parent.id, '2026-11-16');
    const bare = await world.child({ parent: parent.id });
    const seen = await system.rawGraphql(
      await parent.token(),
      `query($id: ID!) { child(id: $id) { statutoryDetails { sex } } }`,
      { id },
    );
    const none = await system.rawGraphql(
      await parent.token(),
      `query($id: ID!) { child(id: $id) { statutoryDetails { sex } } }`,
      {
        id: bare,
      },
    );
    expect(seen.raw).toBe(none.raw);
    expect(seen.data).toEqual({ child: { statutoryDetails: null } });
  });
});

describe('the manager allocates the IRO', () => {
  let childId: string;
  let iroA: Awaited<ReturnType<World['person']>>;
  let iroB: Awaited<ReturnType<World['person']>>;

  beforeAll(async () => {
    childId = (await system.graphql(await socialWorker.token(), REGISTER, { input: input({ givenName: 'Ash' }) })).data!
      .registerChildInCare;
    iroA = await world.person('iro', 'Aaron Quillfeather');
    iroB = await world.person('iro', 'Bella Quillfeather');
    await world.child({ iro: iroB.id });
    await world.child({ iro: iroB.id });
    await world.person('iro', 'Other Authority IRO', OTHER_LA);
  });

  it('lists the authority’s IROs with their caseload, and no other authority’s', async () => {
    const res = await system.graphql(await manager.token(), OPTIONS, { childId });
    const mine = res.data!.iroAllocationOptions.filter((o) => [iroA.id, iroB.id].includes(o.iro.id));
    expect(mine).toEqual([
      { iro: { id: iroA.id, displayName: 'Aaron Quillfeather' }, caseloadSize: 0 },
      { iro: { id: iroB.id, displayName: 'Bella Quillfeather' }, caseloadSize: 2 },
    ]);
    expect(res.data!.iroAllocationOptions.map((o) => o.iro.displayName)).not.toContain('Other Authority IRO');
  });

  it('refuses the social worker: the IRO is independent of the case', async () => {
    const token = await socialWorker.token();
    const options = await system.graphql(token, OPTIONS, { childId });
    expect(options.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const res = await system.graphql(token, ALLOCATE, { input: { childId, personId: iroA.id, from: TODAY } });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an IRO of another local authority', async () => {
    const theirs = await world.person('iro', 'Marsh IRO', OTHER_LA);
    const res = await system.graphql(await manager.token(), ALLOCATE, {
      input: { childId, personId: theirs.id, from: TODAY },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it('puts the child on the IRO’s caseload with the first review due 20 working days after care began', async () => {
    const res = await system.graphql(await manager.token(), ALLOCATE, {
      input: { childId, personId: iroA.id, from: TODAY },
    });
    expect(res.errors).toBeUndefined();
    const seen = await system.graphql(await iroA.token(), CHILD, { id: childId });
    expect(seen.data?.child).toMatchObject({
      iro: { id: iroA.id },
      nextReview: { dueBy: '2026-12-14', kind: 'first' },
    });
  });
});

describe('ending a period of care', () => {
  let childId: string;
  beforeAll(async () => {
    childId = (await system.graphql(await socialWorker.token(), REGISTER, { input: input({ givenName: 'Wren' }) }))
      .data!.registerChildInCare;
  });

  it.each([
    ['an unknown reason', 'E99', 'UNKNOWN_CODE'],
    ['X1, which ends an episode and not the period', 'X1', 'INVALID'],
  ])('refuses %s', async (_label, reasonCeased, problem) => {
    const res = await system.graphql(await socialWorker.token(), END, {
      input: { childId, endDate: '2026-11-20', reasonCeased },
    });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reasonCeased', problem });
  });

  it('gives anyone but the social worker "not found"', async () => {
    const res = await system.graphql(await manager.token(), END, {
      input: { childId, endDate: '2026-11-20', reasonCeased: 'E4A' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('ends the period and its legal status with the reason; no review is due any more', async () => {
    const res = await system.graphql(await socialWorker.token(), END, {
      input: { childId, endDate: '2026-11-20', reasonCeased: 'e4a' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.endPeriodOfCare).toEqual({ endDate: '2026-11-20', reasonCeased: 'E4A' });
    const child = await system.graphql(await socialWorker.token(), CHILD, { id: childId });
    expect(child.data?.child).toMatchObject({
      periodsOfCare: [
        {
          endDate: '2026-11-20',
          reasonCeased: 'E4A',
          reasonCeasedDescription: expect.stringMatching(/^Returned home/),
        },
      ],
      legalStatuses: [{ code: 'C1', endDate: '2026-11-20' }],
      nextReview: null,
    });
    const again = await system.graphql(await socialWorker.token(), END, {
      input: { childId, endDate: '2026-11-21', reasonCeased: 'E8' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'endDate', problem: 'INVALID_STATE' });
  });
});
