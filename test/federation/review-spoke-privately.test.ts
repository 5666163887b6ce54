// The date the child spoke to the IRO in private, recorded with the review meeting (CPPCR reg 36): validated by the
// graph field by field, stored with the review, and seen by the professionals only (label review_record).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let iro: Awaited<ReturnType<World['person']>>;
let parent: Awaited<ReturnType<World['person']>>;
let childId: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivo Testmoor');
  parent = await world.person('parent', 'Pat Testwood');
  childId = await world.child({ iro: iro.id, parent: parent.id, since: '2026-09-07', givenName: 'Robin' });
}, 120_000);

afterAll(() => system?.stop());

const MEETING = graphql(`
  mutation SpokePrivatelyMeeting($input: ReviewMeetingInput!) {
    recordReviewMeeting(input: $input) {
      id
      version
      spokeToChildOn
    }
  }
`);
const REVIEW = graphql(`
  query SpokePrivatelyReview($childId: ID!, $id: ID!) {
    child(id: $childId) {
      review(id: $id) {
        id
        spokeToChildOn
      }
    }
  }
`);

const meeting = (spokeToChildOn?: string | null) => ({
  heldOn: '2026-11-20',
  venue: 'Brackenford Library',
  attendees: [{ name: 'Ivo Testmoor', role: 'IRO' }],
  participationCode: 'PN1',
  summary: 'Settled.',
  decisions: ['Sibling contact every fortnight'],
  ...(spokeToChildOn === undefined ? {} : { spokeToChildOn }),
});

describe('when the child spoke to the IRO in private', () => {
  it.each([
    ['before the child came into care', '2026-09-06', 'OUTSIDE_PERIOD_OF_CARE'],
    ['after the meeting', '2026-11-21', 'INVALID'],
    ['in the future', '2026-11-24', 'DATE_IN_FUTURE'],
  ])('refuses a date %s, on that field, recording nothing', async (_, date, problem) => {
    const res = await system.graphql(await iro.token(), MEETING, { input: { childId, ...meeting(date) } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'spokeToChildOn', problem });
    const count = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT count(*)::int AS n FROM care_planning.reviews WHERE child_id = $1`,
      [childId],
    );
    expect(count[0].n).toBe(0);
  });

  let reviewId: string;
  it('is stored with the review; left out, it stays; null clears it', async () => {
    const res = await system.graphql(await iro.token(), MEETING, { input: { childId, ...meeting('2026-11-20') } });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.recordReviewMeeting.spokeToChildOn).toBe('2026-11-20');
    reviewId = res.data!.recordReviewMeeting.id;
    const version = res.data!.recordReviewMeeting.version;
    const kept = await system.graphql(await iro.token(), MEETING, {
      input: { reviewId, expectedVersion: version, ...meeting() },
    });
    expect(kept.errors, kept.raw).toBeUndefined();
    expect(kept.data?.recordReviewMeeting.spokeToChildOn).toBe('2026-11-20');
    const cleared = await system.graphql(await iro.token(), MEETING, {
      input: { reviewId, expectedVersion: kept.data!.recordReviewMeeting.version, ...meeting(null) },
    });
    expect(cleared.data?.recordReviewMeeting.spokeToChildOn).toBeNull();
    const again = await system.graphql(await iro.token(), MEETING, {
      input: { reviewId, expectedVersion: cleared.data!.recordReviewMeeting.version, ...meeting('2026-11-19') },
    });
    expect(again.data?.recordReviewMeeting.spokeToChildOn).toBe('2026-11-19');
  });

  it('is for the professionals: a parent gets null, as for a review with none recorded', async () => {
    const professional = await system.graphql(await iro.token(), REVIEW, { childId, id: reviewId });
    expect(professional.data?.child?.review?.spokeToChildOn).toBe('2026-11-19');
    const parentView = await system.graphql(await parent.token(), REVIEW, { childId, id: reviewId });
    expect(parentView.errors, parentView.raw).toBeUndefined();
    expect(parentView.data?.child?.review).toEqual({ id: reviewId, spokeToChildOn: null });
  });
});
