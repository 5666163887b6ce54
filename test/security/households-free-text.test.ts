import { ApprovalType, ProviderKind, createHousehold, startPlacement } from '@lac/placements';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * The free-text screen with a household of two carers (docs/decisions/0023-households.md): the placement's address
 * and the carers' names belong to every carer of the household, so the carer version of a review may name them for
 * both carers; another household's address is still refused there.
 */
const TODAY = '2026-11-23';
const CURRENT_LINE = '9 Wrenfield Close';
const PAST_LINE = '61 Cinder Path';

let system: System;
let iroToken: string;
let childId: string;

const SCHEDULE = graphql(`
  mutation HouseholdTextSchedule($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
    }
  }
`);
const MEETING = graphql(`
  mutation HouseholdTextMeeting($input: ReviewMeetingInput!) {
    recordReviewMeeting(input: $input) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation HouseholdTextPublish($input: PublishReviewOutcomeInput!) {
    publishReviewOutcome(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Wrenfield');
  const socialWorker = await world.person('social_worker', 'Sol Wrenfield');
  const pastCarer = await world.person('foster_carer', 'Oona Cinder');
  const first = await world.person('foster_carer', 'Nell Wrenfield');
  const second = await world.person('foster_carer', 'Ravi Wrenfield');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-01-05' });
  await world.place(childId, pastCarer.id, '2026-01-05', PAST_LINE);
  await system.subgraphs.placements.dataSource.transaction(async (em) => {
    const householdId = await createHousehold(
      em,
      {
        name: 'Wrenfield household',
        reference: 'FV-HH-300',
        approvalType: ApprovalType.FOSTER_CARER,
        provider: { name: 'Fernvale fostering service', kind: ProviderKind.LOCAL_AUTHORITY, providerCode: 'PR1' },
        carerPersonIds: [first.id, second.id],
      },
      TODAY,
    );
    // A move from the earlier household's placement, as through the graph.
    const [current]: Array<{ id: string }> = await em.query(
      'SELECT id FROM placements.placements WHERE child_id = $1 AND end_date IS NULL',
      [childId],
    );
    await startPlacement(
      em,
      {
        childId,
        householdId,
        placementType: 'U6',
        startDate: '2026-03-01',
        address: { line1: CURRENT_LINE, line2: null, town: 'Brackenford', postcode: 'ZZ1 4AB' },
        move: { expectedCurrentId: current.id, reasonForChange: 'CARPL' },
      },
      TODAY,
    );
  });
  iroToken = await iro.token();
}, 60_000);

afterAll(() => system?.stop());

describe('the carer version of a review, for a household of two carers', () => {
  let reviewId: string;
  const outcome = (carerSummary: string) => ({
    input: {
      reviewId,
      childLetter: 'We talked about school.',
      parentSummary: 'The plan stays the same.',
      carerSummary,
      childDecisionIds: [],
      parentDecisionIds: [],
      carerDecisionIds: [],
    },
  });

  beforeAll(async () => {
    const planned = await system.graphql(iroToken, SCHEDULE, {
      input: { childId, date: TODAY, kind: 'STATUTORY', venue: 'The carers’ home' },
    });
    expect(planned.errors, planned.raw).toBeUndefined();
    reviewId = planned.data!.scheduleReview.id;
    const held = await system.graphql(iroToken, MEETING, {
      input: {
        reviewId,
        expectedVersion: 1,
        heldOn: TODAY,
        venue: 'The carers’ home',
        attendees: [{ name: 'Ivo Wrenfield', role: 'IRO' }],
        participationCode: 'PN1',
        summary: 'Held at home.',
        decisions: ['The plan stays the same'],
      },
    });
    expect(held.errors, held.raw).toBeUndefined();
  });

  it('refuses the earlier household’s address', async () => {
    const res = await system.graphql(iroToken, PUBLISH, outcome(`Contact at ${PAST_LINE}.`));
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFIDENTIAL_FACT_IN_TEXT');
  });

  it('publishes both carers their own household’s address and names', async () => {
    const res = await system.graphql(
      iroToken,
      PUBLISH,
      outcome(`Thank you, Nell Wrenfield and Ravi Wrenfield, for hosting at ${CURRENT_LINE}.`),
    );
    expect(res.errors, res.raw).toBeUndefined();
  });
});
