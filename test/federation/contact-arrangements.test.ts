import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import type { ContactTermsInput } from '../graphql/generated/graphql';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * Contact arrangements (DOMAIN.md §7): each change is a version with who, when and why, so the history is complete;
 * concurrent edits give CONFLICT; overlapping or ended arrangements and unknown family members are refused with typed
 * errors and nothing half saved.
 */
const TODAY = '2026-11-23';
let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let iro: Person;
let socialWorker: Person;
let otherSocialWorker: Person;
let childId: string;
let otherChildId: string;
let motherId: string;
let grandmotherId: string;
let strangerMemberId: string;

const RECORD = graphql(`
  mutation ContactArrangementsMember($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
    }
  }
`);
const CREATE = graphql(`
  mutation ContactArrangementsCreate($input: CreateContactArrangementInput!) {
    createContactArrangement(input: $input) {
      id
      version
      terms {
        type
        frequency
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation ContactArrangementsChange($input: ChangeContactArrangementInput!) {
    changeContactArrangement(input: $input) {
      id
      version
      endDate
    }
  }
`);
const READ = graphql(`
  query ContactArrangementsRead($id: ID!) {
    child(id: $id) {
      contactArrangements {
        id
        version
        startDate
        endDate
        familyMember {
          displayName
        }
        terms {
          type
          frequency
          supervisionLevel
          venueType
          transport
          facilitatedBy
          courtOrdered
          courtOrderTerms
        }
        history {
          version
          changedAt
          changedBy {
            id
          }
          reason
          changedFields
          startDate
          endDate
          terms {
            frequency
            venueType
            supervisionLevel
          }
        }
      }
    }
  }
`);

const terms: ContactTermsInput = {
  type: 'SUPERVISED',
  frequency: 'Fortnightly on Saturdays, two hours',
  supervisionLevel: 'SUPERVISED',
  venueType: 'CONTACT_CENTRE',
  transport: 'Contact worker drives Rowan both ways',
  facilitatedBy: 'CONTACT_WORKER',
  courtOrdered: false,
};

const counts = async () =>
  (
    await system.subgraphs['family-contact'].dataSource.query(
      `SELECT (SELECT count(*)::int FROM family_contact.contact_arrangements) AS arrangements,
              (SELECT count(*)::int FROM family_contact.contact_arrangement_changes) AS changes`,
    )
  )[0] as { arrangements: number; changes: number };

const member = async (child: string, input: { displayName: string; relation: 'MOTHER' | 'GRANDPARENT' }) => {
  const res = await system.graphql(await socialWorker.token(), RECORD, { input: { childId: child, ...input } });
  return res.data!.recordFamilyMember.id;
};

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  otherSocialWorker = await world.person('social_worker');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id });
  otherChildId = await world.child({ iro: iro.id, socialWorker: socialWorker.id });
  motherId = await member(childId, { displayName: 'Maya Testbrook', relation: 'MOTHER' });
  grandmotherId = await member(childId, { displayName: 'Nell Testbrook', relation: 'GRANDPARENT' });
  strangerMemberId = await member(otherChildId, { displayName: 'Ida Testmere', relation: 'MOTHER' });
});

afterAll(() => system?.stop());

describe('contact arrangements', () => {
  let arrangementId: string;

  it('keeps every change of an arrangement: who, when, why, what changed and what it said afterwards', async () => {
    const sw = await socialWorker.token();
    const created = await system.graphql(sw, CREATE, {
      input: { childId, familyMemberId: motherId, startDate: '2026-09-01', terms, reason: 'Care plan agreed' },
    });
    expect(created.errors, created.raw).toBeUndefined();
    arrangementId = created.data!.createContactArrangement.id;
    const changes = [
      { reason: 'Rowan asked for weekly contact', terms: { ...terms, frequency: 'Weekly on Saturdays, two hours' } },
      {
        reason: 'Contact centre closed',
        terms: { ...terms, frequency: 'Weekly on Saturdays, two hours', venueType: 'COMMUNITY' as const },
      },
      {
        reason: 'Contact has gone well for three months',
        terms: {
          ...terms,
          frequency: 'Weekly on Saturdays, two hours',
          venueType: 'COMMUNITY' as const,
          supervisionLevel: 'SUPPORTED' as const,
        },
      },
    ];
    for (const [i, change] of changes.entries()) {
      const res = await system.graphql(sw, CHANGE, {
        input: { arrangementId, expectedVersion: i + 1, startDate: '2026-09-01', ...change },
      });
      expect(res.errors, res.raw).toBeUndefined();
      expect(res.data?.changeContactArrangement.version).toBe(i + 2);
    }

    const [read] = (await system.graphql(await iro.token(), READ, { id: childId })).data!.child!.contactArrangements;
    expect(read).toMatchObject({
      version: 4,
      familyMember: { displayName: 'Maya Testbrook' },
      terms: { frequency: 'Weekly on Saturdays, two hours', venueType: 'COMMUNITY', supervisionLevel: 'SUPPORTED' },
    });
    expect(read.history.map((h) => [h.version, h.reason, h.changedFields, h.terms])).toEqual([
      [
        1,
        'Care plan agreed',
        expect.arrayContaining(['startDate', 'frequency', 'venueType']),
        { frequency: terms.frequency, venueType: 'CONTACT_CENTRE', supervisionLevel: 'SUPERVISED' },
      ],
      [
        2,
        'Rowan asked for weekly contact',
        ['frequency'],
        { frequency: 'Weekly on Saturdays, two hours', venueType: 'CONTACT_CENTRE', supervisionLevel: 'SUPERVISED' },
      ],
      [
        3,
        'Contact centre closed',
        ['venueType'],
        { frequency: 'Weekly on Saturdays, two hours', venueType: 'COMMUNITY', supervisionLevel: 'SUPERVISED' },
      ],
      [
        4,
        'Contact has gone well for three months',
        ['supervisionLevel'],
        { frequency: 'Weekly on Saturdays, two hours', venueType: 'COMMUNITY', supervisionLevel: 'SUPPORTED' },
      ],
    ]);
    expect(
      read.history.every((h) => h.changedBy?.id === socialWorker.id && !Number.isNaN(Date.parse(h.changedAt))),
    ).toBe(true);
  });

  it('gives CONFLICT to the second of two edits from the same version and saves only the first', async () => {
    const sw = await socialWorker.token();
    const base = { arrangementId, expectedVersion: 4, startDate: '2026-09-01' };
    const [a, b] = await Promise.all([
      system.graphql(sw, CHANGE, { input: { ...base, reason: 'A', terms: { ...terms, frequency: 'Monthly' } } }),
      system.graphql(sw, CHANGE, { input: { ...base, reason: 'B', terms: { ...terms, transport: 'Taxi' } } }),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [read] = (await system.graphql(sw, READ, { id: childId })).data!.child!.contactArrangements;
    expect(read.version).toBe(5);
    expect(read.history).toHaveLength(5);
  });

  it.each([
    [
      'an unknown family member',
      { familyMemberId: '00000000-0000-4000-8000-0000000000f1' },
      'familyMemberId',
      'INVALID',
    ],
    ['another child’s family member', { familyMemberId: 'stranger' }, 'familyMemberId', 'INVALID'],
    ['an overlap with a current arrangement of the same type', { startDate: '2026-12-01' }, 'startDate', 'OVERLAPS'],
    [
      'an arrangement that has already ended',
      { startDate: '2026-01-01', endDate: '2026-02-01', terms: { ...terms, type: 'PHONE' as const } },
      'endDate',
      'INVALID_STATE',
    ],
    [
      'an end before the start',
      { startDate: '2026-12-01', endDate: '2026-11-30', terms: { ...terms, type: 'VIDEO' as const } },
      'endDate',
      'END_BEFORE_START',
    ],
    [
      'a court order without its terms',
      { terms: { ...terms, type: 'LETTERBOX' as const, courtOrdered: true } },
      'terms.courtOrderTerms',
      'REQUIRED',
    ],
    ['no reason', { reason: '  ', terms: { ...terms, type: 'VIDEO' as const } }, 'reason', 'REQUIRED'],
  ])('refuses %s with a typed error and saves nothing', async (_label, change, field, problem) => {
    const before = await counts();
    const input = { childId, familyMemberId: motherId, startDate: TODAY, terms, reason: 'Plan', ...change };
    if (input.familyMemberId === 'stranger') input.familyMemberId = strangerMemberId;
    const res = await system.graphql(await socialWorker.token(), CREATE, { input });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
    expect(await counts()).toEqual(before);
  });

  it('refuses to change an arrangement that has ended, and keeps it as it was', async () => {
    const sw = await socialWorker.token();
    const created = await system.graphql(sw, CREATE, {
      input: {
        childId,
        familyMemberId: grandmotherId,
        startDate: '2026-10-01',
        endDate: TODAY,
        terms,
        reason: 'Trial',
      },
    });
    const id = created.data!.createContactArrangement.id;
    // It ended before today (a fact from a week ago, written as it would have been then).
    await system.subgraphs['family-contact'].dataSource.query(
      `UPDATE family_contact.contact_arrangements SET end_date = '2026-11-16' WHERE id = $1`,
      [id],
    );
    const before = await counts();
    const res = await system.graphql(sw, CHANGE, {
      input: {
        arrangementId: id,
        expectedVersion: 1,
        startDate: '2026-10-01',
        terms: { ...terms, frequency: 'Weekly' },
        reason: 'Restart',
      },
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'arrangementId',
      problem: 'INVALID_STATE',
    });
    expect(await counts()).toEqual(before);
  });

  it('only the child’s social worker changes contact; anyone else is told it is not found, as for no arrangement', async () => {
    const input = { expectedVersion: 5, startDate: '2026-09-01', terms, reason: 'Mine now' };
    const unknown = await system.graphql(await socialWorker.token(), CHANGE, {
      input: { ...input, arrangementId: '00000000-0000-4000-8000-0000000000f2' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const who of [otherSocialWorker, iro]) {
      const res = await system.graphql(await who.token(), CHANGE, { input: { ...input, arrangementId } });
      expect(res.raw.replace(arrangementId, 'X')).toBe(
        unknown.raw.replace('00000000-0000-4000-8000-0000000000f2', 'X'),
      );
    }
  });

  it('a social worker of other children reads nothing of this child: no child, no arrangements', async () => {
    const res = await system.graphql(await otherSocialWorker.token(), READ, { id: childId });
    expect(res.data?.child).toBeNull();
  });
});
