import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem, withUncheckedVariables } from '../support/system';

// Monday 23 November 2026.
const TODAY = '2026-11-23';
const UNKNOWN = '5b5b5b5b-0000-4000-8000-000000000000';
const OTHER_LA = '0c0c0c0c-0000-4000-8000-00000000000c';

let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let iro: Person;
let socialWorker: Person;
let parent: Person;
let manager: Person;
let childId: string;

const RAISE = graphql(`
  mutation ChallengesRaise($input: RaiseChallengeInput!) {
    raiseChallenge(input: $input) {
      id
      version
      level
      stageName
      stageOrdinal
      status
      responseDueBy
      responseDueBasis
      overdue
    }
  }
`);
const RESPOND = graphql(`
  mutation ChallengesRespond($id: ID!, $response: String!, $on: Date!) {
    recordChallengeResponse(challengeId: $id, response: $response, on: $on) {
      version
      respondedOn
      overdue
    }
  }
`);
const ESCALATE = graphql(`
  mutation ChallengesEscalate($id: ID!, $v: Int!, $on: Date!, $note: String) {
    escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) {
      version
      level
      stageName
      stageOrdinal
      levelStartedOn
      responseDueBy
      responseDueBasis
      overdue
    }
  }
`);
const RESOLVE = graphql(`
  mutation ChallengesResolve($id: ID!, $v: Int!, $outcome: String!, $on: Date!) {
    resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) {
      version
      status
      outcome
      closedOn
    }
  }
`);
const REFER = graphql(`
  mutation ChallengesRefer($id: ID!, $v: Int!, $reason: String!, $on: Date!) {
    referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) {
      version
      status
      outcome
    }
  }
`);
const CHILD = graphql(`
  query ChallengesChild($id: ID!) {
    child(id: $id) {
      openChallengeCount
      overdueChallengeResponseCount
      challenges {
        id
        concern
        level
        stageName
        status
        overdue
        responseDueBy
        history {
          version
          action
          stageName
          happenedOn
          note
          by {
            displayName
          }
        }
      }
    }
  }
`);

const challengeCount = async () =>
  (
    await system.subgraphs['care-planning'].dataSource.query(
      `SELECT count(*)::int AS n FROM care_planning.challenges WHERE child_id = $1`,
      [childId],
    )
  )[0].n as number;

async function raise(input: Record<string, unknown>, token?: string) {
  return system.graphql(token ?? (await iro.token()), withUncheckedVariables(RAISE), {
    input: {
      childId,
      concern: 'The care plan has no permanence plan',
      raisedWith: 'Team manager, Brackenford team',
      openedOn: '2026-11-02',
      ...input,
    },
  });
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivo Testmoor');
  socialWorker = await world.person('social_worker');
  parent = await world.person('parent');
  manager = await world.person('iro_manager');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id, since: '2026-06-01' });
});

afterAll(() => system?.stop());

describe('an IRO alert, escalated up the default ladder', () => {
  let id: string;

  it('is due 10 working days after it starts, with its basis, and shows as overdue when unanswered', async () => {
    const res = await raise({ level: 'ALERT' });
    expect(res.errors, res.raw).toBeUndefined();
    id = res.data!.raiseChallenge.id;
    // Mon 2 Nov 2026 + 10 working days = Mon 16 Nov 2026; today (23 Nov) is after it.
    expect(res.data?.raiseChallenge).toMatchObject({
      version: 1,
      level: 'ALERT',
      stageName: 'IRO alert',
      stageOrdinal: null,
      status: 'OPEN',
      responseDueBy: '2026-11-16',
      overdue: true,
    });
    expect(res.data?.raiseChallenge.responseDueBasis).toMatch(
      /^Local authority dispute resolution: the person alerted \(IRO alert\) responds within 10 working days\. Counted from 2026-11-02\..*Calendar england-bank-holidays/,
    );
    const child = await system.graphql(await iro.token(), CHILD, { id: childId });
    expect(child.data?.child).toMatchObject({ openChallengeCount: 1, overdueChallengeResponseCount: 1 });
  });

  it('stops being overdue once the response is recorded', async () => {
    const res = await system.graphql(await iro.token(), RESPOND, {
      id,
      response: 'Team manager will add a plan by 30 November',
      on: '2026-11-18',
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data).toEqual({ recordChallengeResponse: { version: 2, respondedOn: '2026-11-18', overdue: false } });
    const child = await system.graphql(await iro.token(), CHILD, { id: childId });
    expect(child.data?.child?.overdueChallengeResponseCount).toBe(0);
  });

  it('escalates to formal stage 1 with its own timer, restarting the response', async () => {
    const res = await system.graphql(await iro.token(), ESCALATE, { id, v: 2, on: '2026-11-20', note: 'No plan yet' });
    expect(res.errors, res.raw).toBeUndefined();
    // Fri 20 Nov + 5 working days = Fri 27 Nov 2026.
    expect(res.data).toMatchObject({
      escalateChallenge: {
        version: 3,
        level: 'FORMAL',
        stageOrdinal: 1,
        stageName: 'Team manager',
        levelStartedOn: '2026-11-20',
        responseDueBy: '2026-11-27',
        overdue: false,
      },
    });
    expect(
      (res.data as { escalateChallenge: { responseDueBasis: string } }).escalateChallenge.responseDueBasis,
    ).toMatch(/Team manager responds within 5 working days\. Counted from 2026-11-20/);
  });

  it('answers CONFLICT naming what changed when the caller’s version is stale, and changes nothing', async () => {
    const res = await system.graphql(await iro.token(), ESCALATE, { id, v: 1, on: '2026-11-23' });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changed: ['respondedOn', 'level'] });
    expect(res.errors?.[0]?.message).toMatch(
      /response was recorded on 2026-11-18.*escalated to Team manager on 2026-11-20/,
    );
    const child = await system.graphql(await iro.token(), CHILD, { id: childId });
    expect(child.data?.child?.challenges[0]).toMatchObject({ stageName: 'Team manager' });
  });

  it('climbs to the last stage, where escalating is refused with a pointer to Cafcass', async () => {
    expect((await system.graphql(await iro.token(), ESCALATE, { id, v: 3, on: '2026-11-23' })).data).toMatchObject({
      escalateChallenge: { stageName: 'Head of service', stageOrdinal: 2 },
    });
    expect((await system.graphql(await iro.token(), ESCALATE, { id, v: 4, on: '2026-11-23' })).data).toMatchObject({
      escalateChallenge: { stageName: "Director of children's services", stageOrdinal: 3, responseDueBy: '2026-12-07' },
    });
    const last = await system.graphql(await iro.token(), ESCALATE, { id, v: 5, on: '2026-11-23' });
    expect(last.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'challengeId',
      problem: 'INVALID_STATE',
    });
    expect(last.errors?.[0]?.message).toMatch(/last formal stage.*Refer the challenge to Cafcass instead/);
  });

  it('is referred to Cafcass, closing it, with every step in its history', async () => {
    const res = await system.graphql(await iro.token(), REFER, {
      id,
      v: 5,
      reason: 'No permanence plan after four months of escalation',
      on: '2026-11-23',
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data).toMatchObject({ referChallengeToCafcass: { version: 6, status: 'REFERRED_TO_CAFCASS' } });
    const child = await system.graphql(await iro.token(), CHILD, { id: childId });
    expect(child.data?.child?.openChallengeCount).toBe(0);
    expect(
      child.data?.child?.challenges[0]?.history.every(
        (h) => (h as unknown as { by: { displayName: string } }).by.displayName === 'Ivo Testmoor',
      ),
    ).toBe(true);
    expect(child.data?.child?.challenges[0]?.history.map((h) => [h.action, h.stageName])).toEqual([
      ['RAISED', 'IRO alert'],
      ['RESPONSE', 'IRO alert'],
      ['ESCALATED', 'Team manager'],
      ['ESCALATED', 'Head of service'],
      ['ESCALATED', "Director of children's services"],
      ['REFERRED_TO_CAFCASS', "Director of children's services"],
    ]);
  });

  it('cannot be changed once closed', async () => {
    const res = await system.graphql(await iro.token(), RESOLVE, { id, v: 6, outcome: 'x', on: '2026-11-23' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'INVALID_STATE' });
  });
});

describe('an informal challenge', () => {
  it('is recorded with no timer, and resolved only with an outcome', async () => {
    const res = await raise({ level: 'INFORMAL', concern: 'Sibling contact not arranged', openedOn: '2026-10-01' });
    expect(res.data?.raiseChallenge).toMatchObject({
      level: 'INFORMAL',
      stageName: 'Informal conversation',
      responseDueBy: null,
      responseDueBasis: null,
      overdue: false,
    });
    const id = res.data!.raiseChallenge.id;
    const empty = await system.graphql(await iro.token(), RESOLVE, { id, v: 1, outcome: '  ', on: '2026-11-23' });
    expect(empty.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'outcome', problem: 'REQUIRED' });
    const done = await system.graphql(await iro.token(), RESOLVE, {
      id,
      v: 1,
      outcome: 'Contact now fortnightly',
      on: '2026-11-23',
    });
    expect(done.data).toEqual({
      resolveChallenge: { version: 2, status: 'RESOLVED', outcome: 'Contact now fortnightly', closedOn: '2026-11-23' },
    });
  });
});

describe('bad input is refused with what to fix, and nothing is saved', () => {
  it.each([
    ['a formal start with no stage', { level: 'FORMAL' }, 'stageOrdinal', 'REQUIRED'],
    ['a stage the local authority does not have', { level: 'FORMAL', stageOrdinal: 9 }, 'stageOrdinal', 'UNKNOWN_CODE'],
    ['an empty concern', { level: 'ALERT', concern: ' ' }, 'concern', 'REQUIRED'],
    ['nobody it is raised with', { level: 'ALERT', raisedWith: '' }, 'raisedWith', 'REQUIRED'],
    ['a date in the future', { level: 'ALERT', openedOn: '2026-11-24' }, 'openedOn', 'DATE_IN_FUTURE'],
  ])('%s', async (_label, input, field, problem) => {
    const before = await challengeCount();
    const res = await raise(input);
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect(await challengeCount()).toBe(before);
  });

  it('a date that does not exist fails as a Date (BAD_USER_INPUT, no field)', async () => {
    const before = await challengeCount();
    const res = await raise({ level: 'ALERT', openedOn: '2026-02-30' });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT' });
    expect(await challengeCount()).toBe(before);
  });

  it('saves nothing when a later step of the write fails (the history row)', async () => {
    // Only an owner may add a trigger (the service's own role cannot: docs/security.md, "Database roles").
    const db = system.admin;
    const before = await challengeCount();
    await db.query(`CREATE FUNCTION care_planning.fail_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'history unavailable'; END $$`);
    await db.query(
      `CREATE TRIGGER fail_history BEFORE INSERT ON care_planning.challenge_history FOR EACH ROW EXECUTE FUNCTION care_planning.fail_history()`,
    );
    try {
      const res = await raise({ level: 'ALERT' });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.query(`DROP TRIGGER fail_history ON care_planning.challenge_history`);
      await db.query(`DROP FUNCTION care_planning.fail_history()`);
    }
    expect(await challengeCount()).toBe(before);
  });

  it('starts at any formal stage that exists', async () => {
    const res = await raise({ level: 'FORMAL', stageOrdinal: 2, openedOn: '2026-11-23' });
    expect(res.data?.raiseChallenge).toMatchObject({
      level: 'FORMAL',
      stageOrdinal: 2,
      stageName: 'Head of service',
      responseDueBy: '2026-12-07',
    });
  });
});

describe('who sees and who acts', () => {
  it('shows challenges to the social worker and the manager, not to a parent', async () => {
    for (const who of [socialWorker, manager]) {
      const res = await system.graphql(await who.token(), CHILD, { id: childId });
      expect(res.data?.child?.challenges.length).toBeGreaterThan(0);
      expect(res.data?.child?.openChallengeCount).toBe(1);
    }
    const res = await system.graphql(await parent.token(), CHILD, { id: childId });
    expect(res.data?.child).toEqual({ openChallengeCount: 0, overdueChallengeResponseCount: 0, challenges: [] });
    expect(res.raw).not.toContain('permanence');
  });

  it('shows the young person and their carer nothing of a challenge about their own case', async () => {
    const carer = await world.person('foster_carer');
    const young = await world.youngPerson('2012-01-01', { iro: iro.id });
    await world.place(young.childId, carer.id);
    const raised = await system.graphql(await iro.token(), RAISE, {
      input: {
        childId: young.childId,
        concern: 'Education plan missing',
        raisedWith: 'Head of service',
        level: 'ALERT',
        openedOn: '2026-11-02',
      },
    });
    expect(raised.errors, raised.raw).toBeUndefined();
    for (const who of [young.person, carer]) {
      const res = await system.graphql(await who.token(), CHILD, { id: young.childId });
      expect(res.data?.child).toEqual({ openChallengeCount: 0, overdueChallengeResponseCount: 0, challenges: [] });
      expect(res.raw).not.toContain('Education plan');
    }
  });

  it('lets only the allocated IRO raise or escalate: others get NOT_FOUND, as for an unknown challenge', async () => {
    const manage = await manager.token();
    const raised = await raise({ level: 'ALERT' }, manage);
    expect(raised.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [open] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT id, version FROM care_planning.challenges WHERE child_id = $1 AND status = 'open'`,
      [childId],
    );
    const sw = await socialWorker.token();
    const forbidden = await system.graphql(sw, ESCALATE, { id: open.id, v: open.version, on: TODAY });
    const unknown = await system.graphql(sw, ESCALATE, { id: UNKNOWN, v: 1, on: TODAY });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(forbidden.raw).toBe(unknown.raw);
  });
});

describe('a local authority’s own ladder', () => {
  it('is what challengeStages returns and what a formal challenge uses; others keep the default', async () => {
    await world.localAuthority(OTHER_LA, 'Marshby Council');
    await system.subgraphs['care-planning'].dataSource.query(
      `INSERT INTO care_planning.challenge_stages (local_authority_id, ordinal, name, working_days) VALUES ($1, 1, 'Service manager', 7), ($1, 2, 'Assistant director', 15)`,
      [OTHER_LA],
    );
    const theirIro = await world.person('iro', 'Marsh IRO', OTHER_LA);
    const theirs = await system.graphql(
      await theirIro.token(),
      graphql(`
        query ChallengesChallengeStages {
          challengeStages {
            ordinal
            name
            workingDays
          }
        }
      `),
    );
    expect(theirs.data?.challengeStages).toEqual([
      { ordinal: 1, name: 'Service manager', workingDays: 7 },
      { ordinal: 2, name: 'Assistant director', workingDays: 15 },
    ]);
    const ours = await system.graphql(
      await iro.token(),
      graphql(`
        query ChallengesChallengeStages2 {
          challengeStages {
            ordinal
            name
            workingDays
          }
        }
      `),
    );
    expect(ours.data?.challengeStages.map((s) => s.name)).toEqual([
      'Team manager',
      'Head of service',
      "Director of children's services",
    ]);

    const theirChild = await world.child({ iro: theirIro.id, localAuthorityId: OTHER_LA });
    const res = await system.graphql(await theirIro.token(), RAISE, {
      input: {
        childId: theirChild,
        concern: 'Health assessment overdue',
        raisedWith: 'Service manager',
        level: 'FORMAL',
        stageOrdinal: 2,
        openedOn: '2026-11-23',
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.raiseChallenge).toMatchObject({ stageName: 'Assistant director', responseDueBy: '2026-12-14' });
    expect(res.data?.raiseChallenge.responseDueBasis).toMatch(/Assistant director responds within 15 working days/);
  });
});
