import { grantRelationship } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import type { ContactTermsInput, RecordContactSessionInput } from '../graphql/generated/graphql';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * Contact sessions (DOMAIN.md §7): what happened, the supervisor's record, the child's views and the carer's note; a
 * record marked for court read only with a court relationship; missed and cancelled counts per arrangement; and the
 * cancellation pattern (three in a row) on Child for the IRO's caseload and child page.
 */
const TODAY = '2026-11-23';
let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let iro: Person;
let socialWorker: Person;
let manager: Person;
let guardian: Person;
let carer: Person;
let childId: string;
let arrangementId: string;

const MEMBER = graphql(`
  mutation ContactSessionsMember($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
    }
  }
`);
const ARRANGE = graphql(`
  mutation ContactSessionsArrange($input: CreateContactArrangementInput!) {
    createContactArrangement(input: $input) {
      id
    }
  }
`);
const CHANGE = graphql(`
  mutation ContactSessionsEndArrangement($input: ChangeContactArrangementInput!) {
    changeContactArrangement(input: $input) {
      endDate
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ContactSessionsSchedule($input: ScheduleContactSessionInput!) {
    scheduleContactSession(input: $input) {
      id
      version
      status
      venueConfidential
    }
  }
`);
const RECORD = graphql(`
  mutation ContactSessionsRecord($input: RecordContactSessionInput!) {
    recordContactSession(input: $input) {
      id
      version
      status
    }
  }
`);
const NOTE = graphql(`
  mutation ContactSessionsNote($sessionId: ID!, $note: String!) {
    recordContactCarerNote(sessionId: $sessionId, note: $note) {
      id
    }
  }
`);
const READ = graphql(`
  query ContactSessionsRead($id: ID!) {
    child(id: $id) {
      contactCancellationPattern
      contactArrangements {
        id
        missedCount
        cancelledCount
        sessions {
          id
          date
          status
          cancelledBy
          cancellationReason
          forCourt
          supervisorRecord
          childViews
          carerNote
        }
      }
    }
  }
`);
const CASELOAD = graphql(`
  query ContactSessionsCaseload {
    children {
      items {
        id
        contactCancellationPattern
      }
    }
  }
`);

const terms: ContactTermsInput = {
  type: 'SUPERVISED',
  frequency: 'Weekly, Wednesday after school',
  supervisionLevel: 'SUPERVISED',
  venueType: 'CONTACT_CENTRE',
  facilitatedBy: 'CONTACT_WORKER',
  courtOrdered: false,
};

const sessionCount = async () =>
  (
    await system.subgraphs['family-contact'].dataSource.query(
      `SELECT count(*)::int AS n FROM family_contact.contact_sessions`,
    )
  )[0].n as number;

async function schedule(date: string, arrangement = arrangementId) {
  const res = await system.graphql(await socialWorker.token(), SCHEDULE, {
    input: { arrangementId: arrangement, date, startTime: '16:00', pickUpTime: '15:30', dropOffTime: '18:00' },
  });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data!.scheduleContactSession;
}

async function record(sessionId: string, outcome: Omit<RecordContactSessionInput, 'sessionId' | 'expectedVersion'>) {
  return system.graphql(await socialWorker.token(), RECORD, { input: { sessionId, expectedVersion: 1, ...outcome } });
}

const cancel = (sessionId: string) =>
  record(sessionId, { status: 'CANCELLED', cancelledBy: 'FAMILY_MEMBER', cancellationReason: 'Unwell' });

async function read(person: Person) {
  return (await system.graphql(await person.token(), READ, { id: childId })).data?.child;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  manager = await world.person('iro_manager');
  guardian = await world.person('guardian');
  carer = await world.person('foster_carer');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-03-02' });
  await system.admin.transaction(async (em) => {
    for (const [person, kind] of [
      [guardian, 'guardian'],
      [carer, 'carer'],
    ] as const) {
      await grantRelationship(em, { personId: person.id, childId, kind, from: '2026-03-02', source: `test:${kind}` });
    }
  });
  const sw = await socialWorker.token();
  const member = await system.graphql(sw, MEMBER, {
    input: { childId, displayName: 'Maya Testbrook', relation: 'MOTHER' },
  });
  const arranged = await system.graphql(sw, ARRANGE, {
    input: {
      childId,
      familyMemberId: member.data!.recordFamilyMember.id,
      startDate: '2026-09-01',
      terms,
      reason: 'Agreed at the review',
    },
  });
  arrangementId = arranged.data!.createContactArrangement.id;
});

afterAll(() => system?.stop());

describe('contact sessions', () => {
  it('counts missed and cancelled sessions per arrangement and flags three cancellations in a row', async () => {
    const took = await schedule('2026-10-07');
    expect(took.status).toBe('SCHEDULED');
    expect(
      (await record(took.id, { status: 'TOOK_PLACE', supervisorRecord: 'Warm greeting.' })).errors,
    ).toBeUndefined();
    const late = await schedule('2026-10-14');
    await record(late.id, { status: 'LATE' });
    const missed = await schedule('2026-10-21');
    await record(missed.id, { status: 'MISSED' });
    const cancelled = [await schedule('2026-10-28'), await schedule('2026-11-04'), await schedule('2026-11-11')];
    await schedule('2026-11-25'); // upcoming: not part of the pattern until it happens or not

    await cancel(cancelled[0].id);
    await cancel(cancelled[1].id);
    expect((await read(iro))?.contactCancellationPattern).toBe(false);
    await cancel(cancelled[2].id);

    const child = await read(iro);
    expect(child?.contactCancellationPattern).toBe(true);
    expect(child?.contactArrangements[0]).toMatchObject({ missedCount: 1, cancelledCount: 3 });
    expect(child?.contactArrangements[0].sessions.map((s) => s.status)).toEqual([
      'TOOK_PLACE',
      'LATE',
      'MISSED',
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
      'SCHEDULED',
    ]);
    expect(child?.contactArrangements[0].sessions[3]).toMatchObject({
      cancelledBy: 'FAMILY_MEMBER',
      cancellationReason: 'Unwell',
    });
    const caseload = (await system.graphql(await iro.token(), CASELOAD)).data?.children.items;
    expect(caseload?.find((c) => c.id === childId)?.contactCancellationPattern).toBe(true);
  });

  it('clears the flag once a session takes place again', async () => {
    const again = await schedule('2026-11-18');
    await record(again.id, { status: 'TOOK_PLACE' });
    expect((await read(iro))?.contactCancellationPattern).toBe(false);
  });

  it('shows a record marked for court only to the IRO, the social worker and the guardian', async () => {
    const session = await schedule('2026-11-20');
    const res = await record(session.id, {
      status: 'TOOK_PLACE',
      supervisorRecord: 'Mother arrived on time; Rowan played a board game with her.',
      childViews: 'Rowan said he wants longer visits.',
      forCourt: true,
    });
    expect(res.errors, res.raw).toBeUndefined();
    const courtRecord = async (person: Person) =>
      (await read(person))?.contactArrangements[0].sessions.find((s) => s.id === session.id);
    for (const person of [iro, socialWorker, guardian]) {
      expect(await courtRecord(person)).toMatchObject({
        forCourt: true,
        supervisorRecord: expect.stringContaining('board game'),
        childViews: expect.stringContaining('longer visits'),
      });
    }
    // The IRO manager reads session records, but not one marked for court: null, as for a record with none.
    const seenByManager = (await read(manager))?.contactArrangements[0].sessions;
    expect(seenByManager?.find((s) => s.id === session.id)).toMatchObject({ supervisorRecord: null, childViews: null });
    expect(seenByManager?.find((s) => s.date === '2026-10-07')?.supervisorRecord).toBe('Warm greeting.');
  });

  it('lets the carer write how the child was afterwards, and no one else', async () => {
    const [session] = (await read(iro))!.contactArrangements[0].sessions;
    const byCarer = await system.graphql(await carer.token(), NOTE, { sessionId: session.id, note: 'Quiet at tea.' });
    expect(byCarer.errors, byCarer.raw).toBeUndefined();
    expect((await read(iro))?.contactArrangements[0].sessions[0].carerNote).toBe('Quiet at tea.');
    const bySocialWorker = await system.graphql(await socialWorker.token(), NOTE, { sessionId: session.id, note: 'x' });
    expect(bySocialWorker.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives CONFLICT to a second record of the same session version', async () => {
    const session = await schedule('2026-11-21');
    const [a, b] = await Promise.all([
      record(session.id, { status: 'TOOK_PLACE' }),
      record(session.id, { status: 'MISSED' }),
    ]);
    expect([a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it.each([
    [
      'a cancellation without a reason',
      { status: 'CANCELLED' as const, cancelledBy: 'CARER' as const },
      'cancellationReason',
      'REQUIRED',
    ],
    [
      'a cancellation without who',
      { status: 'CANCELLED' as const, cancellationReason: 'Ill' },
      'cancelledBy',
      'REQUIRED',
    ],
    [
      'what happened at a session still to come',
      { status: 'TOOK_PLACE' as const, future: true },
      'status',
      'DATE_IN_FUTURE',
    ],
  ])('refuses %s and changes nothing', async (_label, change, field, problem) => {
    const { future, ...outcome } = { future: false, ...change };
    const session = await schedule(future ? '2026-12-02' : '2026-11-22');
    const res = await record(session.id, outcome);
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    const stored = (await read(iro))?.contactArrangements[0].sessions.find((s) => s.id === session.id);
    expect(stored?.status).toBe('SCHEDULED');
  });

  it('refuses a session for an arrangement that has ended, saving nothing', async () => {
    const sw = await socialWorker.token();
    const member = await system.graphql(sw, MEMBER, {
      input: { childId, displayName: 'Nell Testbrook', relation: 'GRANDPARENT' },
    });
    const arranged = await system.graphql(sw, ARRANGE, {
      input: {
        childId,
        familyMemberId: member.data!.recordFamilyMember.id,
        startDate: '2026-09-01',
        terms,
        reason: 'Trial',
      },
    });
    const id = arranged.data!.createContactArrangement.id;
    await system.graphql(sw, CHANGE, {
      input: {
        arrangementId: id,
        expectedVersion: 1,
        startDate: '2026-09-01',
        endDate: TODAY,
        terms,
        reason: 'Trial over',
      },
    });
    // Ended a week ago: written as it would have been then.
    await system.subgraphs['family-contact'].dataSource.query(
      `UPDATE family_contact.contact_arrangements SET end_date = '2026-11-16' WHERE id = $1`,
      [id],
    );
    const before = await sessionCount();
    const res = await system.graphql(sw, SCHEDULE, {
      input: { arrangementId: id, date: '2026-11-30', startTime: '10:00' },
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'arrangementId',
      problem: 'INVALID_STATE',
    });
    expect(await sessionCount()).toBe(before);
  });
});
