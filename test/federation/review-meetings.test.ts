import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, type TypedDocument, startSystem } from '../support/system';

// A Wednesday, two days after the decisions of a 23 December 2026 meeting fell due.
const TODAY = '2027-01-06';
const OTHER_LA = '0c0c0c0c-0000-4000-8000-00000000000c';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let iroToken: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  await world.localAuthority(OTHER_LA, 'Restartshire Council');
  await world.localAuthoritySettings(OTHER_LA, { additionalReviewRestartsCycle: true });
  iro = await world.person('iro', 'Ivo Testmoor');
  iroToken = await iro.token();
});

afterAll(() => system?.stop());

const SCHEDULE = graphql(`
  mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
      status
      kind
      reason
      plannedFor
      version
      invitations {
        name
        role
        hasAccount
        viewsSent
      }
    }
  }
`);
const MEETING = graphql(`
  mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) {
    recordReviewMeeting(input: $input) {
      id
      status
      heldOn
      version
      kind
      reason
      participationCode
      participationDescription
      summary
      decisions {
        id
        text
      }
      attendees {
        name
        role
      }
      recordTimescales {
        decisions {
          dueBy
          basis
          completedOn
          status
        }
        fullRecord {
          dueBy
          basis
          completedOn
          status
        }
      }
    }
  }
`);
const CHILD = graphql(`
  query ReviewMeetingsChild($id: ID!) {
    child(id: $id) {
      nextReview {
        dueBy
        kind
        basis
      }
      reviews {
        id
        heldOn
        kind
      }
      overdueReviewRecords
      upcomingReview {
        id
        status
        plannedFor
        version
        invitations {
          name
          role
          hasAccount
        }
      }
    }
  }
`);

const meeting = (over: Record<string, unknown> = {}) => ({
  heldOn: '2026-12-23',
  venue: 'Brackenford family centre',
  attendees: [{ name: 'Ivo Testmoor', role: 'IRO' }],
  participationCode: 'PN1',
  summary: 'Settled at home with the carers; school going well.',
  decisions: ['Keep weekly contact with mum', 'Referral to speech and language therapy'],
  ...over,
});

type Data = Record<string, any>;
async function gql<R, V>(query: TypedDocument<R, V>, variables: V, token = iroToken) {
  return system.graphql(token, query, variables);
}

async function counts(childId: string) {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT (SELECT count(*)::int FROM care_planning.reviews WHERE child_id = $1) AS reviews,
            (SELECT count(*)::int FROM care_planning.review_decisions d JOIN care_planning.reviews r ON r.id = d.review_id WHERE r.child_id = $1) AS decisions,
            (SELECT count(*)::int FROM care_planning.review_changes c JOIN care_planning.reviews r ON r.id = c.review_id WHERE r.child_id = $1) AS changes,
            (SELECT coalesce(sum(version), 0)::int FROM care_planning.reviews WHERE child_id = $1) AS versions`,
    [childId],
  );
  return row;
}

describe('an additional review and the schedule', () => {
  // Looked after from Monday 5 January 2026; first review held Monday 2 February; second due 2 May 2026.
  async function withAdditionalReview(localAuthorityId?: string) {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05', localAuthorityId });
    const first = await gql(MEETING, { input: { childId, ...meeting({ heldOn: '2026-02-02' }) } });
    expect(first.errors, first.raw).toBeUndefined();
    const additional = await gql(MEETING, {
      input: { childId, kind: 'ADDITIONAL', reason: 'PLACEMENT_CHANGE', ...meeting({ heldOn: '2026-03-10' }) },
    });
    expect(additional.errors, additional.raw).toBeUndefined();
    expect(additional.data?.recordReviewMeeting).toMatchObject({
      kind: 'ADDITIONAL',
      reason: 'PLACEMENT_CHANGE',
      status: 'HELD',
    });
    return (await gql(CHILD, { id: childId })).data?.child;
  }

  it('by default does not move the running cycle later', async () => {
    const child = await withAdditionalReview();
    expect(child!.nextReview).toMatchObject({ dueBy: '2026-05-02', kind: 'second' });
    expect(child!.reviews.map((r: Data) => r.kind)).toEqual(['ADDITIONAL', 'STATUTORY']);
  });

  it('restarts the cycle where the local authority has chosen that', async () => {
    const child = await withAdditionalReview(OTHER_LA);
    expect(child!.nextReview).toMatchObject({ dueBy: '2026-09-10', kind: 'subsequent' });
    expect(child!.nextReview!.basis).toMatch(/additional review restarts the cycle/);
  });

  it('an additional review needs its reason', async () => {
    const childId = await world.child({ iro: iro.id });
    const res = await gql(MEETING, { input: { childId, kind: 'ADDITIONAL', ...meeting({ heldOn: '2026-03-10' }) } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', problem: 'REQUIRED' });
    expect((await counts(childId)).reviews).toBe(0);
  });
});

describe('a planned review', () => {
  let childId: string;
  let reviewId: string;

  beforeAll(async () => {
    const socialWorker = await world.person('social_worker', 'Sol Testmoor');
    const parent = await world.person('parent', 'Pat Testmoor');
    const carer = await world.person('foster_carer', 'Cara Testmoor');
    childId = await world.child({
      iro: iro.id,
      socialWorker: socialWorker.id,
      parent: parent.id,
      since: '2026-11-02',
      givenName: 'Robin',
    });
    await world.place(childId, carer.id, '2026-11-02');
  });

  it('invites the people around the child as they are today, and does not count in the schedule', async () => {
    const before = (await gql(CHILD, { id: childId })).data?.child;
    const res = await gql(SCHEDULE, {
      input: { childId, date: TODAY, venue: 'Brackenford Library', kind: 'STATUTORY' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    reviewId = res.data!.scheduleReview.id;
    expect(res.data?.scheduleReview).toMatchObject({
      status: 'PLANNED',
      plannedFor: TODAY,
      version: 1,
      kind: 'STATUTORY',
      reason: null,
    });
    expect(res.data?.scheduleReview.invitations).toEqual([
      { name: 'Robin Testwood', role: 'child', hasAccount: false, viewsSent: false },
      { name: 'Pat Testmoor', role: 'parent', hasAccount: true, viewsSent: false },
      { name: 'Cara Testmoor', role: 'carer', hasAccount: true, viewsSent: false },
      { name: 'Sol Testmoor', role: 'social_worker', hasAccount: true, viewsSent: false },
    ]);
    const after = (await gql(CHILD, { id: childId })).data?.child;
    expect(after!.nextReview).toEqual(before!.nextReview);
    expect(after!.reviews).toEqual([]);
    expect(after!.upcomingReview).toMatchObject({ id: reviewId, status: 'PLANNED' });
  });

  it('allows one planned review at a time', async () => {
    const res = await gql(SCHEDULE, { input: { childId, date: '2027-02-01', kind: 'STATUTORY' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date', problem: 'OVERLAPS' });
  });

  it.each([
    ['no decisions', { decisions: [' '] }, 'decisions', 'REQUIRED'],
    ['no summary', { summary: '' }, 'summary', 'REQUIRED'],
    ['a date in the future', { heldOn: '2027-01-07' }, 'heldOn', 'DATE_IN_FUTURE'],
    ['a date before the period of care', { heldOn: '2026-10-30' }, 'heldOn', 'OUTSIDE_PERIOD_OF_CARE'],
    ['an unknown participation code', { participationCode: 'PN8' }, 'participationCode', 'UNKNOWN_CODE'],
  ])('refuses %s and changes nothing', async (_label, over, field, problem) => {
    const before = await counts(childId);
    const res = await gql(MEETING, { input: { reviewId, expectedVersion: 1, ...meeting({ heldOn: TODAY, ...over }) } });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect(res.errors?.[0]?.message).toBeTruthy();
    expect(await counts(childId)).toEqual(before);
  });

  it('refuses a date that does not exist as a Date (BAD_USER_INPUT, no field) and changes nothing', async () => {
    const before = await counts(childId);
    const res = await gql(MEETING, { input: { reviewId, expectedVersion: 1, ...meeting({ heldOn: '2026-11-31' }) } });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT' });
    expect(await counts(childId)).toEqual(before);
  });

  it('leaves nothing behind when a step of the multi-row write fails', async () => {
    // Only an owner may add a trigger (the service's own role cannot: docs/security.md, "Database roles").
    const ds = system.admin;
    await ds.query(`CREATE FUNCTION care_planning.fail_step() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.text = 'FAIL THIS STEP' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await ds.query(
      `CREATE TRIGGER fail_step BEFORE INSERT ON care_planning.review_decisions FOR EACH ROW EXECUTE FUNCTION care_planning.fail_step()`,
    );
    try {
      const before = await counts(childId);
      const res = await gql(MEETING, {
        input: {
          reviewId,
          expectedVersion: 1,
          ...meeting({ heldOn: TODAY, decisions: ['A first decision', 'FAIL THIS STEP'] }),
        },
      });
      expect(res.errors?.length).toBe(1);
      expect(res.raw).not.toContain('injected failure');
      expect(await counts(childId)).toEqual(before);
      const [row] = await ds.query(`SELECT status, version, summary FROM care_planning.reviews WHERE id = $1`, [
        reviewId,
      ]);
      expect(row).toEqual({ status: 'planned', version: 1, summary: null });
    } finally {
      await ds.query(`DROP TRIGGER fail_step ON care_planning.review_decisions`);
      await ds.query(`DROP FUNCTION care_planning.fail_step()`);
    }
  });

  let decisionIds: string[];

  it('becomes held when its meeting is recorded, and then counts', async () => {
    const before = (await gql(CHILD, { id: childId })).data?.child;
    const res = await gql(MEETING, { input: { reviewId, expectedVersion: 1, ...meeting({ heldOn: TODAY }) } });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.recordReviewMeeting).toMatchObject({
      id: reviewId,
      status: 'HELD',
      heldOn: TODAY,
      version: 2,
      participationDescription: expect.stringMatching(/speaks for self/),
    });
    expect(res.data?.recordReviewMeeting.decisions!.map((d: Data) => d.text)).toEqual(meeting().decisions);
    decisionIds = res.data!.recordReviewMeeting.decisions!.map((d: Data) => d.id);
    const after = (await gql(CHILD, { id: childId })).data?.child;
    expect(after!.upcomingReview).toBeNull();
    expect(after!.reviews).toEqual([{ id: reviewId, heldOn: TODAY, kind: 'STATUTORY' }]);
    expect(after!.nextReview!.dueBy).not.toBe(before!.nextReview!.dueBy);
    expect(after!.nextReview).toMatchObject({ dueBy: '2027-04-06', kind: 'second' });
  });

  it('gives a stale second save CONFLICT naming what changed, and keeps the first', async () => {
    await gql(
      graphql(`
        mutation ReviewMeetingsRecordConversationWithChild($id: ID!) {
          recordConversationWithChild(reviewId: $id, on: "2027-01-05") {
            version
          }
        }
      `),
      { id: reviewId },
    );
    const stale = await gql(MEETING, {
      input: {
        reviewId,
        expectedVersion: 1,
        ...meeting({ heldOn: TODAY, summary: 'An older draft', decisions: ['Something else'] }),
      },
    });
    expect(stale.errors?.[0]?.extensions?.code, stale.raw).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.changed).toEqual(
      expect.arrayContaining(['summary', 'decisions', 'status', 'spokeToChildOn']),
    );
    const [row] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT summary, version FROM care_planning.reviews WHERE id = $1`,
      [reviewId],
    );
    expect(row).toEqual({ summary: meeting().summary, version: 3 });
    const current = await gql(MEETING, {
      input: { reviewId, expectedVersion: 3, ...meeting({ heldOn: TODAY, summary: 'Amended' }) },
    });
    expect(current.errors, current.raw).toBeUndefined();
    expect(current.data?.recordReviewMeeting).toMatchObject({ summary: 'Amended', version: 4 });
    // Amending keeps each decision's id, so what was published per audience still points at it.
    expect(current.data?.recordReviewMeeting.decisions!.map((d: Data) => d.id)).toEqual(decisionIds);
  });
});

describe('record timescales', () => {
  it('counts working days past the Christmas bank holidays, and tracks both', async () => {
    const childId = await world.child({ iro: iro.id });
    const res = await gql(MEETING, { input: { childId, ...meeting() } });
    expect(res.errors, res.raw).toBeUndefined();
    const review = res.data?.recordReviewMeeting;
    // Wed 23 Dec 2026: 24 (1), [25 Christmas, 28 Boxing Day substitute] 29 (2), 30 (3), 31 (4), [1 Jan] 4 Jan (5).
    expect(review!.recordTimescales!.decisions).toMatchObject({
      dueBy: '2027-01-04',
      completedOn: null,
      status: 'OVERDUE',
    });
    expect(review!.recordTimescales!.decisions.basis).toMatch(/5 working days.*2026-12-23.*Calendar/);
    expect(review!.recordTimescales!.fullRecord).toMatchObject({ dueBy: '2027-01-25', status: 'DUE' });
    expect((await gql(CHILD, { id: childId })).data?.child!.overdueReviewRecords).toBe(1);

    const issued = await gql(
      graphql(`
        mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) {
          markDecisionsIssued(reviewId: $id, on: "2027-01-05") {
            recordTimescales {
              decisions {
                status
                completedOn
              }
            }
          }
        }
      `),
      { id: review!.id },
    );
    expect(issued.data?.markDecisionsIssued.recordTimescales!.decisions).toEqual({
      status: 'DONE_LATE',
      completedOn: '2027-01-05',
    });
    const completed = await gql(
      graphql(`
        mutation ReviewMeetingsCompleteReviewRecord($id: ID!) {
          completeReviewRecord(reviewId: $id, on: "2027-01-06") {
            recordTimescales {
              fullRecord {
                status
              }
            }
          }
        }
      `),
      { id: review!.id },
    );
    expect(completed.data?.completeReviewRecord.recordTimescales!.fullRecord.status).toBe('DONE_ON_TIME');
    expect((await gql(CHILD, { id: childId })).data?.child!.overdueReviewRecords).toBe(0);
  });

  it('refuses a completion date before the meeting', async () => {
    const childId = await world.child({ iro: iro.id });
    const res = await gql(MEETING, { input: { childId, ...meeting({ heldOn: '2026-12-01' }) } });
    const bad = await gql(
      graphql(`
        mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) {
          completeReviewRecord(reviewId: $id, on: "2026-11-30") {
            id
          }
        }
      `),
      {
        id: res.data!.recordReviewMeeting.id,
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'on',
      problem: 'END_BEFORE_START',
    });
  });
});

describe('the participation code against the child’s age on the review date', () => {
  // Born Monday 21 December 2022: 4 on Monday 21 December 2026.
  let childId: string;
  beforeAll(async () => {
    childId = await world.childBorn('2022-12-21', { iro: iro.id });
  });

  it('accepts PN0 and PN1–PN7 at a review on the 4th birthday', async () => {
    const pn0 = await gql(MEETING, {
      input: { childId, ...meeting({ heldOn: '2026-12-21', participationCode: 'PN0' }) },
    });
    expect(pn0.errors, pn0.raw).toBeUndefined();
    const { id, version } = pn0.data!.recordReviewMeeting;
    const pn5 = await gql(MEETING, {
      input: { reviewId: id, expectedVersion: version, ...meeting({ heldOn: '2026-12-21', participationCode: 'pn5' }) },
    });
    expect(pn5.errors, pn5.raw).toBeUndefined();
    expect(pn5.data?.recordReviewMeeting.participationCode).toBe('PN5');
  });

  it('refuses PN0 the day after the 4th birthday, explaining why', async () => {
    const before = await counts(childId);
    const res = await gql(MEETING, {
      input: { childId, ...meeting({ heldOn: '2026-12-22', participationCode: 'PN0' }) },
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'participationCode',
      problem: 'INVALID_FOR_AGE',
    });
    expect(res.errors?.[0]?.message).toMatch(/4 on 2026-12-21.*PN1 to PN7/);
    expect(await counts(childId)).toEqual(before);
  });

  it('refuses PN1 the day before the 4th birthday', async () => {
    const res = await gql(MEETING, {
      input: { childId, ...meeting({ heldOn: '2026-12-18', participationCode: 'PN1' }) },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ problem: 'INVALID_FOR_AGE' });
    expect(res.errors?.[0]?.message).toMatch(/use PN0/);
  });
});

describe('on a caseload', () => {
  const CASELOAD = graphql(`
    query ReviewMeetingsCaseload {
      me {
        caseload(first: 100) {
          items {
            overdueReviewRecords
            nextReview {
              dueBy
            }
            upcomingReview {
              plannedFor
              invitations {
                name
                viewsSent
              }
            }
            reviews {
              heldOn
              recordTimescales {
                decisions {
                  status
                }
              }
            }
          }
        }
      }
    }
  `);

  async function caseloadOf(size: number): Promise<string> {
    const owner = await world.person('iro');
    for (let i = 0; i < size; i += 1) {
      const childId = await world.child({ iro: owner.id });
      await world.reviewHeld(childId, '2026-12-01', owner.id);
      const planned = await system.graphql(await owner.token(), SCHEDULE, {
        input: { childId, date: '2027-02-01', kind: 'STATUTORY' },
      });
      expect(planned.errors, planned.raw).toBeUndefined();
    }
    return owner.token();
  }

  it('costs the same number of SQL statements for 2 children as for 8', async () => {
    const statements = async (token: string) => {
      const before = system.subgraphs['care-planning'].statements.count;
      const res = await system.graphql(token, CASELOAD);
      expect(res.errors, res.raw).toBeUndefined();
      return {
        sql: system.subgraphs['care-planning'].statements.count - before,
        overdue: res.data?.me.caseload.items.map((c: Data) => c.overdueReviewRecords),
      };
    };
    const small = await statements(await caseloadOf(2));
    const large = await statements(await caseloadOf(8));
    expect(large.sql).toBe(small.sql);
    // Held 1 December 2026 with nothing recorded since: both timescales have passed by 6 January 2027.
    expect(large.overdue).toEqual(Array(8).fill(1));
  });
});
