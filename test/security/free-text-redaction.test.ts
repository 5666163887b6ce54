import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
// The placements subgraph does not export its migrations; the test runs this one where it lives.
import { PlacementConfidentialFacts1795996807400 } from '../../subgraphs/placements/src/placements/migrations/2026-11-30-placement-confidential-facts';
import { World } from '../support/factories';
import { type System, type TypedDocument, startSystem } from '../support/system';

/**
 * Text saved before the free-text screen existed (written here straight into the database, as an old row would
 * be) is redacted on read for whoever may not see the fact, in every version they can open; the professionals and
 * the carer of that household read it as written (docs/security.md#free-text-screen).
 */
const TODAY = '2026-11-23';
const CARER_NAME = 'Adebayo Osei';
const LINE = '42 Bramble Court';
const OLD = `Aisha lives with ${CARER_NAME} at ${LINE}, ZZ1 4AB.`;
const FOR_PARENT =
  'Aisha lives with [removed: carer’s name] at [removed: placement address], [removed: placement postcode].';

let system: System;
const tokens = { socialWorker: '', iro: '', parent: '', carer: '', otherCarer: '' };
let childId: string;
let iroId: string;
let world: World;

const gql = <R, V>(who: keyof typeof tokens, query: TypedDocument<R, V>, variables?: V) =>
  system.graphql(tokens[who], query, variables);
const carePlanning = () => system.subgraphs['care-planning'].dataSource;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  iroId = iro.id;
  const socialWorker = await world.person('social_worker');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', CARER_NAME);
  const otherCarer = await world.person('foster_carer', 'Olu Testmoor');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id, since: '2026-01-05' });
  const other = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-01-05' });
  await world.place(childId, carer.id, '2026-02-01', LINE);
  await world.place(other, otherCarer.id, '2026-02-01', '9 Larch Row');
  // Two versions saved before the screen: the words went into the database unchecked.
  for (const [version, text] of [
    [1, OLD],
    [2, `Settled. ${OLD}`],
  ] as const) {
    await carePlanning().query(
      `INSERT INTO care_planning.care_plans (child_id, version) VALUES ($1, $2)
       ON CONFLICT (child_id) DO UPDATE SET version = EXCLUDED.version`,
      [childId, version],
    );
    await carePlanning().query(
      `INSERT INTO care_planning.care_plan_versions
         (child_id, version_number, permanence_plan, parallel_plan, actions, arrangements, saved_by)
       VALUES ($1, $2, 'LONG_TERM_FOSTER_CARE', NULL, $3::jsonb, $4::jsonb, $5)`,
      [
        childId,
        version,
        JSON.stringify([{ description: `Visit ${LINE}`, concerns: 'PERMANENCE', owner: CARER_NAME, dueDate: null }]),
        JSON.stringify({ HEALTH: text }),
        socialWorker.id,
      ],
    );
  }
  const [a, b, c, d, e] = await Promise.all([socialWorker, iro, parent, carer, otherCarer].map((p) => p.token()));
  Object.assign(tokens, { socialWorker: a, iro: b, parent: c, carer: d, otherCarer: e });
}, 60_000);

afterAll(() => system?.stop());

describe('a care plan saved before the screen', () => {
  const PLAN = graphql(`
    query FreeTextOldPlan($id: ID!) {
      child(id: $id) {
        carePlan {
          actions {
            description
            owner
          }
          arrangements {
            dimension
            text
          }
        }
        carePlanVersion(number: 1) {
          arrangements {
            dimension
            text
          }
        }
      }
    }
  `);
  const read = async (who: keyof typeof tokens) => {
    const res = await gql(who, PLAN, { id: childId });
    expect(res.errors, res.raw).toBeUndefined();
    const health = (list: Array<{ dimension: string; text: string | null }> | null | undefined) =>
      list?.find((a) => a.dimension === 'HEALTH')?.text;
    const child = res.data!.child!;
    return {
      current: health(child.carePlan?.arrangements),
      first: health(child.carePlanVersion?.arrangements),
      actions: child.carePlan?.actions ?? null,
    };
  };

  it('is redacted for the parent, in the current version, an earlier one and the actions', async () => {
    expect(await read('parent')).toEqual({
      current: `Settled. ${FOR_PARENT}`,
      first: FOR_PARENT,
      actions: [{ description: 'Visit [removed: placement address]', owner: '[removed: carer’s name]' }],
    });
  });

  it('is read as written by the professionals and by the carer of that household', async () => {
    for (const who of ['socialWorker', 'iro', 'carer'] as const) {
      const res = await read(who);
      expect([res.current, res.first]).toEqual([`Settled. ${OLD}`, OLD]);
    }
  });
});

describe('a published outcome and a contact session saved before the screen', () => {
  let reviewId: string;

  beforeAll(async () => {
    await world.reviewHeld(childId, '2026-11-02', iroId);
    const [review] = await carePlanning().query(
      `UPDATE care_planning.reviews SET venue = $2 WHERE child_id = $1 RETURNING id`,
      [childId, LINE],
    );
    reviewId = review[0].id;
    await carePlanning().query(
      `INSERT INTO care_planning.review_publications
         (review_id, child_letter, parent_summary, carer_summary, child_decision_ids, parent_decision_ids,
          carer_decision_ids, published_by)
       VALUES ($1, 'We talked.', $2, $2, '{}', '{}', '{}', $3)`,
      [reviewId, OLD, iroId],
    );
  });

  const OUTCOME = graphql(`
    query FreeTextOldOutcome($id: ID!, $r: ID!) {
      child(id: $id) {
        review(id: $r) {
          venue
          outcome {
            parentVersion {
              text
            }
            carerVersion {
              text
            }
          }
        }
      }
    }
  `);

  it('gives the parent the parent version and the venue redacted', async () => {
    const res = await gql('parent', OUTCOME, { id: childId, r: reviewId });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data!.child!.review).toEqual({
      venue: '[removed: placement address]',
      outcome: { parentVersion: { text: FOR_PARENT }, carerVersion: null },
    });
  });

  it('gives the carer of that household and the IRO the text as written', async () => {
    const carer = await gql('carer', OUTCOME, { id: childId, r: reviewId });
    expect(carer.data!.child!.review).toEqual({
      venue: LINE,
      outcome: { parentVersion: null, carerVersion: { text: OLD } },
    });
    const iro = await gql('iro', OUTCOME, { id: childId, r: reviewId });
    expect(iro.data!.child!.review!.outcome!.parentVersion!.text).toBe(OLD);
  });
});

describe('the venue of the booked review, saved before the screen', () => {
  const BOOKED = graphql(`
    query FreeTextOldBookedVenue($id: ID!) {
      child(id: $id) {
        nextReview {
          booked {
            venue
          }
        }
      }
    }
  `);

  beforeAll(async () => {
    await carePlanning().query(
      `INSERT INTO care_planning.reviews (child_id, status, planned_for, venue, recorded_by)
       VALUES ($1, 'planned', '2026-12-14', $2, $3)`,
      [childId, `Front room, ${LINE}`, iroId],
    );
  });

  it('is redacted for the parent and read as written by the carer of that household and the IRO', async () => {
    const venue = async (who: Parameters<typeof gql>[0]) =>
      (await gql(who, BOOKED, { id: childId })).data?.child?.nextReview?.booked?.venue;
    expect(await venue('parent')).toBe('Front room, [removed: placement address]');
    expect(await venue('carer')).toBe(`Front room, ${LINE}`);
    expect(await venue('iro')).toBe(`Front room, ${LINE}`);
  });
});

describe('contact saved before the screen', () => {
  const ARRANGE = graphql(`
    mutation FreeTextOldArrange($input: CreateContactArrangementInput!) {
      createContactArrangement(input: $input) {
        id
      }
    }
  `);
  const SCHEDULE = graphql(`
    mutation FreeTextOldSchedule($input: ScheduleContactSessionInput!) {
      scheduleContactSession(input: $input) {
        id
      }
    }
  `);
  const CONTACT = graphql(`
    query FreeTextOldContact($id: ID!) {
      child(id: $id) {
        contactArrangements {
          terms {
            frequency
            transport
          }
          sessions {
            venueDescription
            cancellationReason
          }
        }
      }
    }
  `);
  const familyContact = () => system.subgraphs['family-contact'].dataSource;

  beforeAll(async () => {
    // The parent is already in the child's family network (the world records a child's parent there).
    const [member] = await familyContact().query(
      `SELECT m.id FROM family_contact.family_members m JOIN access.people p ON p.id = m.person_id
        WHERE m.child_id = $1 AND p.display_name = $2`,
      [childId, 'Pat Testmoor'],
    );
    const arranged = await gql('socialWorker', ARRANGE, {
      input: {
        childId,
        familyMemberId: member.id,
        startDate: '2026-09-01',
        reason: 'Agreed at the review',
        terms: {
          type: 'SUPERVISED',
          frequency: 'Weekly',
          supervisionLevel: 'SUPERVISED',
          venueType: 'CONTACT_CENTRE',
          facilitatedBy: 'CONTACT_WORKER',
          courtOrdered: false,
        },
      },
    });
    expect(arranged.errors, arranged.raw).toBeUndefined();
    const arrangementId = arranged.data!.createContactArrangement.id;
    const scheduled = await gql('socialWorker', SCHEDULE, {
      input: { arrangementId, date: '2026-11-20', startTime: '16:00', venueDescription: 'Brackenford Family Centre' },
    });
    expect(scheduled.errors, scheduled.raw).toBeUndefined();
    // Written before the screen: the words went into the rows unchecked.
    await familyContact().query(
      `UPDATE family_contact.contact_arrangements SET transport = $2, frequency = $3 WHERE id = $1`,
      [arrangementId, `${CARER_NAME} drives her`, `Weekly, collected from ${LINE}`],
    );
    await familyContact().query(
      `UPDATE family_contact.contact_sessions
          SET venue_description = $2, status = 'cancelled', cancelled_by = 'carer', cancellation_reason = $3
        WHERE arrangement_id = $1`,
      [arrangementId, `Park by ZZ1 4AB`, `${CARER_NAME} was unwell`],
    );
  });

  it('is redacted for the parent it is made with, and read as written by the social worker', async () => {
    const parent = await gql('parent', CONTACT, { id: childId });
    expect(parent.errors, parent.raw).toBeUndefined();
    expect(parent.data!.child!.contactArrangements).toEqual([
      {
        terms: {
          frequency: 'Weekly, collected from [removed: placement address]',
          transport: '[removed: carer’s name] drives her',
        },
        sessions: [
          {
            venueDescription: 'Park by [removed: placement postcode]',
            cancellationReason: '[removed: carer’s name] was unwell',
          },
        ],
      },
    ]);
    const sw = await gql('socialWorker', CONTACT, { id: childId });
    expect(sw.data!.child!.contactArrangements[0]).toEqual({
      terms: { frequency: `Weekly, collected from ${LINE}`, transport: `${CARER_NAME} drives her` },
      sessions: [{ venueDescription: 'Park by ZZ1 4AB', cancellationReason: `${CARER_NAME} was unwell` }],
    });
  });
});

describe('placements recorded before the screen', () => {
  it('become confidential facts through the backfill migration, a numbered second line included', async () => {
    const db = system.subgraphs.placements.dataSource;
    const [home] = await db.query(
      `INSERT INTO placements.placements
         (child_id, carer_person_id, placement_type, start_date, end_date, address_line1, address_line2, town, postcode)
       VALUES ($1, NULL, 'K2', '2025-06-01', '2026-01-04', 'Willow House', '3 Orchard Rise', 'Ashbury', 'ZZ3 2QT')
       RETURNING id`,
      [childId],
    );
    await db.query(`DELETE FROM access.confidential_facts WHERE child_id = $1`, [childId]);
    const runner = db.createQueryRunner();
    try {
      await new PlacementConfidentialFacts1795996807400().up(runner);
    } finally {
      await runner.release();
    }
    const facts: Array<{ kind: string; value: string; source: string }> = await db.query(
      `SELECT kind, value, source FROM access.confidential_facts WHERE child_id = $1 ORDER BY kind, value`,
      [childId],
    );
    expect(facts.filter((f) => f.source === `placements:placement:${home.id}`).map((f) => [f.kind, f.value])).toEqual([
      ['placement_address', '3 Orchard Rise'],
      ['placement_address', 'Willow House'],
      ['placement_postcode', 'ZZ3 2QT'],
    ]);
    expect(facts.map((f) => [f.kind, f.value])).toContainEqual(['carer_name', CARER_NAME]);
    expect(facts.map((f) => [f.kind, f.value])).toContainEqual(['placement_address', LINE]);
  });
});
