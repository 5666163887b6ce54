import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import type { ContactTermsInput } from '../graphql/generated/graphql';
import { World } from '../support/factories';
import { type GraphQLResponse, type System, type TypedDocument, startSystem } from '../support/system';

/**
 * The free-text screen on save (docs/security.md#free-text-screen): every confidential fact of the child, in every
 * free-text field a parent or a carer reads, is refused through the gateway with the writer's real token, naming
 * what and where, and nothing is saved; the same text is accepted where only professionals read it, and inside a
 * professionals-only passage.
 */
const TODAY = '2026-11-23';
const CARER_NAME = 'Adebayo Osei';
const CURRENT_LINE = '42 Bramble Court';
const PAST_LINE = '7 Old Mill Lane';
// Every test placement's postcode (test/support/factories.ts), written without its space.
const POSTCODE_NO_SPACE = 'ZZ14AB';

const FACTS = [
  ['the current address line', `Aisha lives at ${CURRENT_LINE}.`, 'placement_address', CURRENT_LINE],
  ['the street alone, lower case', 'Aisha lives on bramble court.', 'placement_address', 'bramble court'],
  ['a past placement’s address', `She visits ${PAST_LINE} sometimes.`, 'placement_address', PAST_LINE],
  ['the postcode without its space', `Post to ${POSTCODE_NO_SPACE} please.`, 'placement_postcode', POSTCODE_NO_SPACE],
  ['the carer’s name', `She lives with ${CARER_NAME}.`, 'carer_name', CARER_NAME],
] as const;

let system: System;
let world: World;
const tokens = { socialWorker: '', iro: '', parent: '', carer: '' };
let childId: string;

const gql = <R, V>(who: keyof typeof tokens, query: TypedDocument<R, V>, variables?: V) =>
  system.graphql(tokens[who], query, variables);

function refused(res: GraphQLResponse<unknown>, field: string, kind: string, found: string) {
  expect(res.data ?? null, res.raw).toBeNull();
  const error = res.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'CONFIDENTIAL_FACT_IN_TEXT', field, problem: 'CONFIDENTIAL_FACT' });
  expect(error?.extensions?.findings).toEqual([expect.objectContaining({ field, kind, found })]);
  expect(error?.message).toContain(`(“${found}”)`);
  expect(error?.message).toContain('[professionals only]');
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const oldCarer = await world.person('foster_carer', 'Olu Testmoor');
  const carer = await world.person('foster_carer', CARER_NAME);
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id, since: '2026-01-05' });
  await world.place(childId, oldCarer.id, '2026-01-05', PAST_LINE);
  await world.place(childId, carer.id, '2026-03-01', CURRENT_LINE);
  const [a, b, c, d] = await Promise.all([socialWorker, iro, parent, carer].map((p) => p.token()));
  Object.assign(tokens, { socialWorker: a, iro: b, parent: c, carer: d });
}, 60_000);

afterAll(() => system?.stop());

const SAVE_PLAN = graphql(`
  mutation FreeTextSavePlan($input: CarePlanInput!) {
    saveCarePlan(input: $input) {
      number
    }
  }
`);

const versions = async () =>
  (
    await system.subgraphs['care-planning'].dataSource.query(
      'SELECT count(*)::int AS n FROM care_planning.care_plan_versions WHERE child_id = $1',
      [childId],
    )
  )[0].n as number;

describe('the care plan', () => {
  const plan = (arrangement: string, action = 'Match with long-term carers', expectedVersion = 0) => ({
    input: {
      childId,
      expectedVersion,
      permanencePlan: 'LONG_TERM_FOSTER_CARE' as const,
      actions: [{ description: action, concerns: 'PERMANENCE' as const, owner: 'Social worker' }],
      arrangements: [{ dimension: 'HEALTH' as const, text: arrangement }],
    },
  });

  it.each(FACTS)(
    'refuses %s in the arrangements (parents and carers read them) and saves nothing',
    async (_, text, kind, found) => {
      const res = await gql('socialWorker', SAVE_PLAN, plan(text));
      refused(res, 'arrangements.HEALTH', kind, found);
      expect(await versions()).toBe(0);
    },
  );

  it('refuses a fact in an action (parents read the actions)', async () => {
    const res = await gql('socialWorker', SAVE_PLAN, plan('Annual health assessment', `Visit ${CURRENT_LINE}`));
    refused(res, 'actions.0.description', 'placement_address', CURRENT_LINE);
    expect(await versions()).toBe(0);
  });

  it('names every finding, each with its field', async () => {
    const res = await gql(
      'socialWorker',
      SAVE_PLAN,
      plan(`With ${CARER_NAME} at ${CURRENT_LINE}`, `Visit ${PAST_LINE}`),
    );
    expect(
      (res.errors?.[0]?.extensions?.findings as Array<{ field: string; kind: string }>).map((f) => [f.field, f.kind]),
    ).toEqual([
      ['actions.0.description', 'placement_address'],
      ['arrangements.HEALTH', 'carer_name'],
      ['arrangements.HEALTH', 'placement_address'],
    ]);
  });

  it('accepts the fact inside a professionals-only passage, which the family never reads', async () => {
    const text = `Settled and well. [professionals only]Lives with ${CARER_NAME} at ${CURRENT_LINE}.[/professionals only]`;
    const res = await gql('socialWorker', SAVE_PLAN, plan(text));
    expect(res.errors, res.raw).toBeUndefined();
    const READ = graphql(`
      query FreeTextReadPlan($id: ID!) {
        child(id: $id) {
          carePlan {
            arrangements {
              dimension
              text
            }
          }
        }
      }
    `);
    const health = async (who: keyof typeof tokens) =>
      (await gql(who, READ, { id: childId })).data!.child!.carePlan!.arrangements!.find(
        (a) => a.dimension === 'HEALTH',
      )!.text;
    expect(await health('socialWorker')).toBe(text);
    expect(await health('parent')).toBe('Settled and well.');
    expect(await health('carer')).toBe('Settled and well.');
  });
});

describe('reviews', () => {
  const SCHEDULE = graphql(`
    mutation FreeTextSchedule($input: ScheduleReviewInput!) {
      scheduleReview(input: $input) {
        id
      }
    }
  `);
  const MEETING = graphql(`
    mutation FreeTextMeeting($input: ReviewMeetingInput!) {
      recordReviewMeeting(input: $input) {
        id
        decisions {
          id
        }
      }
    }
  `);
  const PUBLISH = graphql(`
    mutation FreeTextPublish($input: PublishReviewOutcomeInput!) {
      publishReviewOutcome(input: $input) {
        id
      }
    }
  `);
  let reviewId: string;
  let decisionId: string;
  const publications = async () =>
    (
      await system.subgraphs['care-planning'].dataSource.query(
        'SELECT count(*)::int AS n FROM care_planning.review_publications',
      )
    )[0].n as number;
  const outcome = (over: Record<string, unknown>) => ({
    input: {
      reviewId,
      childLetter: 'We talked about school and football.',
      parentSummary: 'The plan stays the same.',
      carerSummary: 'The plan stays the same.',
      childDecisionIds: [],
      parentDecisionIds: [],
      carerDecisionIds: [],
      ...over,
    },
  });

  it('refuses a venue the family would read, and accepts the address in the record only professionals read', async () => {
    const venue = await gql('iro', SCHEDULE, {
      input: { childId, date: TODAY, kind: 'STATUTORY', venue: CURRENT_LINE },
    });
    refused(venue, 'venue', 'placement_address', CURRENT_LINE);
    const planned = await gql('iro', SCHEDULE, {
      input: { childId, date: TODAY, kind: 'STATUTORY', venue: 'The carer’s home' },
    });
    expect(planned.errors, planned.raw).toBeUndefined();
    reviewId = planned.data!.scheduleReview.id;
    const held = await gql('iro', MEETING, {
      input: {
        reviewId,
        expectedVersion: 1,
        heldOn: TODAY,
        venue: 'The carer’s home',
        attendees: [{ name: 'Ivo Testmoor', role: 'IRO' }],
        participationCode: 'PN1',
        // The full record: the IRO, the social worker, the manager and the guardian only (label review_record).
        summary: `Held at ${CURRENT_LINE} with ${CARER_NAME}.`,
        decisions: [`${CARER_NAME} to take Aisha to the dentist`],
      },
    });
    expect(held.errors, held.raw).toBeUndefined();
    decisionId = held.data!.recordReviewMeeting.decisions![0].id;
  });

  it.each(FACTS)('refuses %s in the parent version and publishes nothing', async (_, text, kind, found) => {
    refused(await gql('iro', PUBLISH, outcome({ parentSummary: text })), 'parentSummary', kind, found);
    expect(await publications()).toBe(0);
  });

  it('refuses another household’s address in the carer version, and accepts the carer’s own', async () => {
    refused(
      await gql('iro', PUBLISH, outcome({ carerSummary: `Contact at ${PAST_LINE}` })),
      'carerSummary',
      'placement_address',
      PAST_LINE,
    );
    expect(await publications()).toBe(0);
  });

  it('refuses a decision shared with the parent that names the carer', async () => {
    refused(
      await gql('iro', PUBLISH, outcome({ parentDecisionIds: [decisionId] })),
      'parentDecisionIds.0',
      'carer_name',
      CARER_NAME,
    );
    expect(await publications()).toBe(0);
  });

  it('publishes the carer their own household’s name and address', async () => {
    const res = await gql(
      'iro',
      PUBLISH,
      outcome({
        carerSummary: `Thank you, ${CARER_NAME}, for hosting at ${CURRENT_LINE}.`,
        carerDecisionIds: [decisionId],
      }),
    );
    expect(res.errors, res.raw).toBeUndefined();
    expect(await publications()).toBe(1);
  });
});

describe('contact', () => {
  const MEMBER = graphql(`
    mutation FreeTextMember($input: RecordFamilyMemberInput!) {
      recordFamilyMember(input: $input) {
        id
      }
    }
  `);
  const ARRANGE = graphql(`
    mutation FreeTextArrange($input: CreateContactArrangementInput!) {
      createContactArrangement(input: $input) {
        id
      }
    }
  `);
  const SCHEDULE = graphql(`
    mutation FreeTextScheduleSession($input: ScheduleContactSessionInput!) {
      scheduleContactSession(input: $input) {
        id
      }
    }
  `);
  const RECORD = graphql(`
    mutation FreeTextRecordSession($input: RecordContactSessionInput!) {
      recordContactSession(input: $input) {
        id
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
  let memberId: string;
  let arrangementId: string;
  const count = async (table: string) =>
    (
      await system.subgraphs['family-contact'].dataSource.query(
        `SELECT count(*)::int AS n FROM family_contact.${table}`,
      )
    )[0].n as number;

  beforeAll(async () => {
    const res = await gql('socialWorker', MEMBER, {
      input: { childId, displayName: 'Pat Testmoor', relation: 'MOTHER', parentalResponsibilitySince: '2015-06-15' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    memberId = res.data!.recordFamilyMember.id;
  });

  const arrange = (t: ContactTermsInput) =>
    gql('socialWorker', ARRANGE, {
      input: { childId, familyMemberId: memberId, startDate: '2026-09-01', terms: t, reason: 'Agreed at the review' },
    });

  it.each(FACTS)('refuses %s in the arrangement a parent reads, and saves nothing', async (_, text, kind, found) => {
    refused(await arrange(terms({ transport: text })), 'terms.transport', kind, found);
    expect(await count('contact_arrangements')).toBe(0);
  });

  it('refuses a fact in how often, and in the order’s terms', async () => {
    refused(
      await arrange(terms({ frequency: `Weekly at ${CURRENT_LINE}` })),
      'terms.frequency',
      'placement_address',
      CURRENT_LINE,
    );
    refused(
      await arrange(terms({ courtOrdered: true, courtOrderTerms: `Not within a mile of ${POSTCODE_NO_SPACE}` })),
      'terms.courtOrderTerms',
      'placement_postcode',
      POSTCODE_NO_SPACE,
    );
  });

  it('screens sessions: a venue the parent reads and a cancellation reason; accepts the record only professionals read', async () => {
    const made = await arrange(terms());
    expect(made.errors, made.raw).toBeUndefined();
    arrangementId = made.data!.createContactArrangement.id;
    const schedule = (extra: Record<string, unknown>) =>
      gql('socialWorker', SCHEDULE, { input: { arrangementId, date: '2026-11-20', startTime: '16:00', ...extra } });
    refused(
      await schedule({ venueDescription: `Outside ${CURRENT_LINE}` }),
      'venueDescription',
      'placement_address',
      CURRENT_LINE,
    );
    expect(await count('contact_sessions')).toBe(0);
    // A confidential venue is the carer's to read (label contact_confidential_venue): their own home passes.
    const atHome = await schedule({
      venueDescription: `${CARER_NAME}’s home, ${CURRENT_LINE}`,
      venueConfidential: true,
    });
    expect(atHome.errors, atHome.raw).toBeUndefined();
    const sessionId = atHome.data!.scheduleContactSession.id;
    refused(
      await gql('socialWorker', RECORD, {
        input: {
          sessionId,
          expectedVersion: 1,
          status: 'CANCELLED',
          cancelledBy: 'CARER',
          cancellationReason: `${CARER_NAME} was unwell`,
        },
      }),
      'cancellationReason',
      'carer_name',
      CARER_NAME,
    );
    const record = await gql('socialWorker', RECORD, {
      input: {
        sessionId,
        expectedVersion: 1,
        status: 'TOOK_PLACE',
        supervisorRecord: `Held at ${CURRENT_LINE}; ${CARER_NAME} brought Aisha.`,
        childViews: 'Fine.',
      },
    });
    expect(record.errors, record.raw).toBeUndefined();
  });
});

describe('the IRO’s reply to the young person', () => {
  const SEND = graphql(`
    mutation FreeTextSend($childId: ID!, $body: String!) {
      sendMessageToIro(childId: $childId, body: $body) {
        id
      }
    }
  `);
  const REPLY = graphql(`
    mutation FreeTextReply($messageId: ID!, $body: String!) {
      replyToChild(messageId: $messageId, body: $body) {
        id
      }
    }
  `);
  const READ = graphql(`
    query FreeTextMessages($id: ID!) {
      child(id: $id) {
        iroMessages {
          body
          replies {
            body
          }
        }
      }
    }
  `);
  let young: { childId: string; token: string; iroToken: string; messageId: string };

  beforeAll(async () => {
    const iro = await world.person('iro');
    const { childId: id, person } = await world.youngPerson('2012-03-01', { iro: iro.id, givenName: 'Robin' });
    const carer = await world.person('foster_carer', 'Bea Testwood');
    await world.place(id, carer.id, '2026-02-01', '3 Heron Walk');
    const token = await person.token();
    // The young person's own words are theirs: nothing is screened or removed from what they write and read.
    const sent = await system.graphql(token, SEND, { childId: id, body: 'Can I stay at 3 Heron Walk?' });
    expect(sent.errors, sent.raw).toBeUndefined();
    young = { childId: id, token, iroToken: await iro.token(), messageId: sent.data!.sendMessageToIro.id };
  });

  it('refuses the placement’s address (the label withholds it from the young person), accepts the carer’s name', async () => {
    const refusedReply = await system.graphql(young.iroToken, REPLY, {
      messageId: young.messageId,
      body: 'I will visit you at 3 heron walk.',
    });
    refused(refusedReply, 'body', 'placement_address', '3 heron walk');
    const ok = await system.graphql(young.iroToken, REPLY, {
      messageId: young.messageId,
      body: 'I spoke to Bea Testwood about it.',
    });
    expect(ok.errors, ok.raw).toBeUndefined();
    const read = await system.graphql(young.token, READ, { id: young.childId });
    expect(read.data!.child!.iroMessages).toEqual([
      { body: 'Can I stay at 3 Heron Walk?', replies: [{ body: 'I spoke to Bea Testwood about it.' }] },
    ]);
  });
});
