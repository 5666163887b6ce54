import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem, withUncheckedVariables } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let socialWorker: Awaited<ReturnType<World['person']>>;
let parent: Awaited<ReturnType<World['person']>>;
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  parent = await world.person('parent');
  // Looked after from Monday 7 September 2026: first review within 20 working days → Monday 5 October 2026.
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id, since: '2026-09-07' });
});

afterAll(() => system?.stop());

const NEXT = graphql(`
  query CarePlanningMutationsNext($id: ID!) {
    child(id: $id) {
      nextReview {
        dueBy
        latestWorkingDay
        status
        kind
        basis
      }
      reviews {
        heldOn
      }
      legalStatuses {
        code
        description
        endDate
      }
      periodsOfCare {
        startDate
        endDate
      }
    }
  }
`);
const REVIEW = graphql(`
  mutation CarePlanningMutationsReview($input: ReviewHeldInput!) {
    recordReviewHeld(input: $input) {
      heldOn
    }
  }
`);
const LEGAL = graphql(`
  mutation CarePlanningMutationsLegal($input: LegalStatusInput!) {
    recordLegalStatus(input: $input) {
      code
    }
  }
`);
const PERIOD = graphql(`
  mutation CarePlanningMutationsPeriod($input: PeriodOfCareInput!) {
    recordPeriodOfCare(input: $input) {
      startDate
      endDate
    }
  }
`);

async function rowCount(table: string): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT count(*)::int AS n FROM care_planning.${table} WHERE child_id = $1`,
    [childId],
  );
  return row.n;
}

describe('bad input gets a typed error and changes nothing', () => {
  it.each([
    [
      'an unknown legal status code',
      LEGAL,
      { code: 'X9', startDate: '2026-09-07' },
      'code',
      'UNKNOWN_CODE',
      'legal_statuses',
    ],
    [
      'an end before the start',
      PERIOD,
      { startDate: '2026-10-01', endDate: '2026-09-01' },
      'endDate',
      'END_BEFORE_START',
      'periods_of_care',
    ],
    ['a review held in the future', REVIEW, { heldOn: '2026-12-01' }, 'heldOn', 'DATE_IN_FUTURE', 'reviews'],
    [
      'a review before the period of care',
      REVIEW,
      { heldOn: '2026-08-01' },
      'heldOn',
      'OUTSIDE_PERIOD_OF_CARE',
      'reviews',
    ],
  ])('%s', async (_label, mutation, input, field, problem, table) => {
    const token = mutation === REVIEW ? await iro.token() : await socialWorker.token();
    const before = await rowCount(table);
    // childId is only known once beforeAll has run.
    const res = await system.graphql(token, withUncheckedVariables(mutation), { input: { childId, ...input } });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect(res.errors?.[0]?.message).toMatch(new RegExp(field));
    expect(await rowCount(table)).toBe(before);
  });

  it('a date that does not exist fails as a Date before any rule runs (BAD_USER_INPUT, no field), and changes nothing', async () => {
    const before = await rowCount('reviews');
    const res = await system.graphql(await iro.token(), REVIEW, { input: { childId, heldOn: '2026-02-30' } });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0]?.message).toMatch(/2026-02-30 is not a real date/);
    expect(await rowCount('reviews')).toBe(before);
  });

  it('a parent trying to record a review is told the child is not found, as for an unknown child', async () => {
    const token = await parent.token();
    const forbidden = await system.graphql(token, REVIEW, { input: { childId, heldOn: '2026-10-01' } });
    const unknown = await system.graphql(token, REVIEW, {
      input: { childId: '5b5b5b5b-0000-4000-8000-000000000000', heldOn: '2026-10-01' },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(forbidden.raw).toBe(unknown.raw);
    expect(await rowCount('reviews')).toBe(0);
  });
});

describe('the review schedule through the graph', () => {
  it('shows the first review due 20 working days after the child became looked after, with its basis', async () => {
    const res = await system.graphql(await iro.token(), NEXT, { id: childId });
    expect(res.data?.child!.nextReview).toMatchObject({
      dueBy: '2026-10-05',
      latestWorkingDay: '2026-10-05',
      kind: 'first',
      status: 'OVERDUE',
    });
    expect(res.data?.child!.nextReview!.basis).toMatch(/reg 33\(1\).*2026-09-07.*england-bank-holidays/);
  });

  it('moves to the second review, three months after the first was held', async () => {
    const res = await system.graphql(await iro.token(), REVIEW, { input: { childId, heldOn: '2026-09-30' } });
    expect(res.errors).toBeUndefined();
    const next = await system.graphql(await iro.token(), NEXT, { id: childId });
    // 30 December 2026 is a Wednesday and a working day.
    expect(next.data?.child!.nextReview).toMatchObject({
      dueBy: '2026-12-30',
      latestWorkingDay: '2026-12-30',
      kind: 'second',
      status: 'ON_TRACK',
    });
  });

  it('records a legal status, closing the previous one', async () => {
    const token = await socialWorker.token();
    expect(
      (await system.graphql(token, LEGAL, { input: { childId, code: 'c1', startDate: '2026-09-07' } })).errors,
    ).toBeUndefined();
    expect(
      (await system.graphql(token, LEGAL, { input: { childId, code: 'C2', startDate: '2026-11-02' } })).errors,
    ).toBeUndefined();
    const res = await system.graphql(token, NEXT, { id: childId });
    expect(res.data?.child!.legalStatuses).toEqual([
      { code: 'C1', description: expect.stringMatching(/interim care order/i), endDate: '2026-11-02' },
      { code: 'C2', description: expect.stringMatching(/full care order/i), endDate: null },
    ]);
  });

  it('restarts the cycle with a new period of care', async () => {
    const token = await socialWorker.token();
    expect(
      (await system.graphql(token, PERIOD, { input: { childId, startDate: '2026-09-07', endDate: '2026-11-02' } }))
        .errors,
    ).toBeUndefined();
    const gone = await system.graphql(token, NEXT, { id: childId });
    expect(gone.data?.child!.nextReview).toBeNull();
    expect(
      (await system.graphql(token, PERIOD, { input: { childId, startDate: '2026-11-16' } })).errors,
    ).toBeUndefined();
    const next = await system.graphql(token, NEXT, { id: childId });
    // 20 working days after Monday 16 November 2026 is Monday 14 December 2026, exactly 15 working days after
    // today: the last day that still counts as due soon.
    expect(next.data?.child!.nextReview).toMatchObject({ dueBy: '2026-12-14', kind: 'first', status: 'DUE_SOON' });
  });

  it('refuses an overlapping period of care', async () => {
    const res = await system.graphql(await socialWorker.token(), PERIOD, {
      input: { childId, startDate: '2026-10-01' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'OVERLAPS' });
  });
});

describe('allocating a new IRO', () => {
  it('moves the child to the new IRO and away from the old one', async () => {
    const manager = await world.person('iro_manager');
    const newIro = await world.person('iro');
    const res = await system.graphql(
      await manager.token(),
      graphql(`
        mutation CarePlanningMutationsAllocateIro($input: AllocationInput!) {
          allocateIro(input: $input) {
            iro {
              id
            }
          }
        }
      `),
      { input: { childId, personId: newIro.id, from: TODAY } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ allocateIro: { iro: { id: newIro.id } } });
    const oldView = await system.graphql(
      await iro.token(),
      graphql(`
        query CarePlanningMutationsChild($id: ID!) {
          child(id: $id) {
            id
          }
        }
      `),
      { id: childId },
    );
    expect(oldView.data).toEqual({ child: null });
    const caseload = await system.graphql(
      await newIro.token(),
      graphql(`
        query CarePlanningMutationsMe {
          me {
            caseload {
              totalCount
            }
          }
        }
      `),
    );
    expect(caseload.data?.me.caseload.totalCount).toBe(1);
  });

  it('refuses someone who is not an IRO', async () => {
    const manager = await world.person('iro_manager');
    const res = await system.graphql(
      await manager.token(),
      graphql(`
        mutation CarePlanningMutationsAllocateIro2($input: AllocationInput!) {
          allocateIro(input: $input) {
            id
          }
        }
      `),
      { input: { childId, personId: parent.id, from: TODAY } },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it('gives a manager of another local authority nothing', async () => {
    const otherLa = await world.localAuthority('0b0b0b0b-0000-4000-8000-00000000000b', 'Marshby Council');
    const outsider = await world.person('iro_manager', 'Outside Manager', otherLa);
    const res = await system.graphql(
      await outsider.token(),
      graphql(`
        query CarePlanningMutationsChild2($id: ID!) {
          child(id: $id) {
            id
          }
        }
      `),
      { id: childId },
    );
    expect(res.data).toEqual({ child: null });
  });
});
