import { type Actor, importSigningKey, signInternalToken } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import type { ContactTermsInput } from '../graphql/generated/graphql';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem } from '../support/system';

/**
 * Who sees what of a child's contact with their family (docs/security.md#sensitive-labels), through the gateway and at
 * the subgraph with a valid internal token: a parent only their own arrangements and sessions, never another family
 * member's, never a confidential venue, the placement address or a record marked for court; a parent without parental
 * responsibility only the arrangements that concern them; the carer the sessions without the arrangements or the family
 * network; another child's family "not found", byte for byte.
 */
const TODAY = '2026-11-23';
const PLACEMENT_LINE = '12 Quillow Lane';
const CONFIDENTIAL_VENUE = 'Larkspur Primary, after school';
const COURT_RECORD = 'Mother raised her voice twice; the supervisor ended the session early.';
let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let socialWorker: Person;
let carer: Person;
let mother: Person;
let father: Person;
let otherParent: Person;
let childId: string;
const ids = { motherArrangement: '', fatherArrangement: '', grandmotherArrangement: '', motherUpcoming: '' };

const MEMBER = graphql(`
  mutation FamilyAccessMember($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
    }
  }
`);
const ARRANGE = graphql(`
  mutation FamilyAccessArrange($input: CreateContactArrangementInput!) {
    createContactArrangement(input: $input) {
      id
    }
  }
`);
const SCHEDULE = graphql(`
  mutation FamilyAccessSchedule($input: ScheduleContactSessionInput!) {
    scheduleContactSession(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation FamilyAccessRecord($input: RecordContactSessionInput!) {
    recordContactSession(input: $input) {
      id
    }
  }
`);
const CHILD = graphql(`
  query FamilyAccessChild($id: ID!) {
    child(id: $id) {
      id
      currentPlacement {
        address {
          line1
        }
      }
      familyMembers {
        displayName
      }
      contactCancellationPattern
      contactArrangements {
        id
        terms {
          type
          venueType
        }
        history {
          reason
        }
        sessions {
          id
          venueDescription
          supervisorRecord
          childViews
        }
      }
      upcomingContactSessions {
        id
        date
        startTime
        pickUpTime
        dropOffTime
        venueConfidential
        venueDescription
        withWhom
      }
    }
  }
`);
const MINE = graphql(`
  query FamilyAccessMine {
    myContactArrangements {
      id
      terms {
        type
        frequency
      }
      history {
        reason
      }
      sessions {
        date
        status
        venueDescription
      }
    }
  }
`);

const terms = (over: Partial<ContactTermsInput> = {}): ContactTermsInput => ({
  type: 'SUPERVISED',
  frequency: 'Weekly',
  supervisionLevel: 'SUPERVISED',
  venueType: 'CONTACT_CENTRE',
  facilitatedBy: 'CONTACT_WORKER',
  courtOrdered: false,
  ...over,
});

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  carer = await world.person('foster_carer');
  mother = await world.person('parent', 'Maya Testbrook');
  father = await world.person('parent', 'Dev Testbrook');
  otherParent = await world.person('parent', 'Ida Testmere');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-02-01' });
  const otherChildId = await world.child({ iro: iro.id, socialWorker: socialWorker.id });
  await world.place(childId, carer.id, '2026-02-01', PLACEMENT_LINE);
  const sw = await socialWorker.token();
  const member = async (input: { displayName: string; relation: 'MOTHER' | 'FATHER' | 'GRANDPARENT' }, extra = {}) =>
    (await system.graphql(sw, MEMBER, { input: { childId, ...input, ...extra } })).data!.recordFamilyMember.id;
  const arrange = async (familyMemberId: string, t: ContactTermsInput) =>
    (
      await system.graphql(sw, ARRANGE, {
        input: { childId, familyMemberId, startDate: '2026-09-01', terms: t, reason: 'Agreed at the review' },
      })
    ).data!.createContactArrangement.id;
  const motherId = await member(
    { displayName: 'Maya Testbrook', relation: 'MOTHER' },
    { personId: mother.id, parentalResponsibilitySince: '2015-06-15' },
  );
  const fatherId = await member({ displayName: 'Dev Testbrook', relation: 'FATHER' }, { personId: father.id });
  const grandmotherId = await member({ displayName: 'Nell Testbrook', relation: 'GRANDPARENT' });
  ids.motherArrangement = await arrange(motherId, terms());
  ids.fatherArrangement = await arrange(
    fatherId,
    terms({ type: 'LETTERBOX', venueType: 'REMOTE', frequency: 'Twice a year' }),
  );
  ids.grandmotherArrangement = await arrange(grandmotherId, terms({ type: 'PHONE', venueType: 'REMOTE' }));
  const schedule = async (arrangementId: string, date: string, extra = {}) =>
    (
      await system.graphql(sw, SCHEDULE, {
        input: { arrangementId, date, startTime: '16:00', pickUpTime: '15:30', dropOffTime: '18:15', ...extra },
      })
    ).data!.scheduleContactSession.id;
  const past = await schedule(ids.motherArrangement, '2026-11-04', { venueDescription: 'Brackenford Family Centre' });
  await system.graphql(sw, RECORD, {
    input: {
      sessionId: past,
      expectedVersion: 1,
      status: 'TOOK_PLACE',
      supervisorRecord: COURT_RECORD,
      childViews: 'Fine.',
      forCourt: true,
    },
  });
  ids.motherUpcoming = await schedule(ids.motherArrangement, '2026-11-25', {
    venueDescription: 'Brackenford Family Centre',
  });
  await schedule(ids.motherArrangement, '2026-12-02', {
    venueDescription: CONFIDENTIAL_VENUE,
    venueConfidential: true,
  });
  await schedule(ids.grandmotherArrangement, '2026-11-26');
  // Another child's family: the other parent (with parental responsibility, so the `parent` relationship to that
  // child) and their own arrangement.
  const theirs = (
    await system.graphql(sw, MEMBER, {
      input: {
        childId: otherChildId,
        personId: otherParent.id,
        displayName: 'Ida Testmere',
        relation: 'MOTHER',
        parentalResponsibilitySince: '2026-01-05',
      },
    })
  ).data!.recordFamilyMember.id;
  await system.graphql(sw, ARRANGE, {
    input: { childId: otherChildId, familyMemberId: theirs, startDate: '2026-09-01', terms: terms(), reason: 'Plan' },
  });
});

afterAll(() => system?.stop());

describe('a parent with parental responsibility, through the gateway', () => {
  it('sees only their own arrangements and sessions, without history, court records or a confidential venue', async () => {
    const res = await system.graphql(await mother.token(), CHILD, { id: childId });
    expect(res.errors, res.raw).toBeUndefined();
    const child = res.data!.child!;
    expect(child.contactArrangements.map((a) => a.id)).toEqual([ids.motherArrangement]);
    expect(child.contactArrangements[0].history).toEqual([]);
    expect(
      child.contactArrangements[0].sessions.every((s) => s.supervisorRecord === null && s.childViews === null),
    ).toBe(true);
    expect(child.upcomingContactSessions.map((s) => [s.date, s.venueDescription])).toEqual([
      ['2026-11-25', 'Brackenford Family Centre'],
      ['2026-12-02', null],
    ]);
    expect(child.familyMembers).toEqual([]);
    expect(child.contactCancellationPattern).toBe(false);
    expect(child.currentPlacement?.address ?? null).toBeNull();
    for (const secret of [
      PLACEMENT_LINE,
      CONFIDENTIAL_VENUE,
      COURT_RECORD,
      'Dev Testbrook',
      'Nell Testbrook',
      'Twice a year',
    ]) {
      expect(res.raw).not.toContain(secret);
    }
  });

  it('another child’s family is not found: the same bytes as a child that does not exist', async () => {
    const token = await otherParent.token();
    const theirs = await system.graphql(token, CHILD, { id: childId });
    const none = await system.graphql(token, CHILD, { id: '00000000-0000-4000-8000-00000000abcd' });
    expect(theirs.raw).toBe(none.raw);
    expect(theirs.data?.child).toBeNull();
    const mine = (await system.graphql(token, MINE)).data?.myContactArrangements;
    expect(mine).toHaveLength(1);
    expect(JSON.stringify(mine)).not.toContain(ids.motherArrangement);
  });
});

describe('a parent without parental responsibility', () => {
  it('cannot open the child, and sees only the arrangements that concern them', async () => {
    const token = await father.token();
    expect((await system.graphql(token, CHILD, { id: childId })).data?.child).toBeNull();
    const res = await system.graphql(token, MINE);
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.myContactArrangements).toEqual([
      { id: ids.fatherArrangement, terms: { type: 'LETTERBOX', frequency: 'Twice a year' }, history: [], sessions: [] },
    ]);
    for (const secret of ['Maya', 'Nell', CONFIDENTIAL_VENUE, PLACEMENT_LINE]) expect(res.raw).not.toContain(secret);
  });
});

describe('the foster carer', () => {
  it('sees the upcoming sessions with pick-up and drop-off, but not the arrangements or the family network', async () => {
    const res = await system.graphql(await carer.token(), CHILD, { id: childId });
    expect(res.errors, res.raw).toBeUndefined();
    const child = res.data!.child!;
    expect(child.upcomingContactSessions.map((s) => [s.date, s.pickUpTime, s.dropOffTime, s.withWhom])).toEqual([
      ['2026-11-25', '15:30', '18:15', 'Maya Testbrook'],
      ['2026-11-26', '15:30', '18:15', 'Nell Testbrook'],
      ['2026-12-02', '15:30', '18:15', 'Maya Testbrook'],
    ]);
    expect(child.upcomingContactSessions[2].venueDescription).toBe(CONFIDENTIAL_VENUE);
    expect(child.contactArrangements).toEqual([]);
    expect(child.familyMembers).toEqual([]);
    expect(res.raw).not.toContain(mother.id);
  });
});

describe('at the family-contact subgraph, with a valid internal token', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id
    contactArrangements { id sessions { venueDescription supervisorRecord } }
    upcomingContactSessions { id venueDescription } } } }`;
  const actorOf = (person: Person, relationships: Actor['relationships']): Actor => ({
    personId: person.id,
    role: 'parent',
    localAuthorityId: null,
    relationships,
  });
  const call = async (actor: Actor, query: string, variables?: Record<string, unknown>) => {
    const key = await importSigningKey(system.keys.internal.privateJwk);
    const token = await signInternalToken(key, actor, 'family-contact');
    return postGraphQL<{ _entities: unknown[] }>(system.subgraphs['family-contact'].url, token, query, variables);
  };

  it('gives another parent nothing of this child: the same bytes as for a child that does not exist', async () => {
    const other = actorOf(otherParent, []);
    const theirs = await call(other, ENTITIES, { r: [{ __typename: 'Child', id: childId }] });
    const none = await call(other, ENTITIES, {
      r: [{ __typename: 'Child', id: '00000000-0000-4000-8000-00000000abcd' }],
    });
    expect(theirs.raw).toBe(none.raw);
    expect(theirs.data?._entities).toEqual([null]);
  });

  it('gives the mother her own arrangement only, without the confidential venue or the court record', async () => {
    const res = await call(actorOf(mother, [{ childId, kind: 'parent' }]), ENTITIES, {
      r: [{ __typename: 'Child', id: childId }],
    });
    const [child] = res.data!._entities as Array<{ contactArrangements: Array<{ id: string }> }>;
    expect(child.contactArrangements.map((a) => a.id)).toEqual([ids.motherArrangement]);
    for (const secret of [CONFIDENTIAL_VENUE, COURT_RECORD, ids.fatherArrangement, ids.grandmotherArrangement]) {
      expect(res.raw).not.toContain(secret);
    }
  });
});
