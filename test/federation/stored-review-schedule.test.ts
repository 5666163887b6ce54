import { addWorkingDays, parseIsoDate as d, reviewTimeliness, scheduledReview, type ReviewHeld } from '@lac/statutory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// Each write that changes a fact the next review depends on stores it again in its own transaction
// (subgraphs/care-planning/src/reviews/stored-schedule.ts). Every case compares the stored row with the pure rule
// of @lac/statutory for the same facts, so removing one write, or storing something else, fails here.
const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let socialWorker: Awaited<ReturnType<World['person']>>;
let manager: Awaited<ReturnType<World['person']>>;

interface Row {
  due_by: string;
  latest_working_day: string;
  kind: string;
  rule: string;
  counted_from: string;
  convention: string;
  calendar_version: string;
  reviews_counted: number;
  last_review_held: string | null;
  period_start: string;
}

async function stored(childId: string): Promise<Row | undefined> {
  const rows: Row[] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT due_by::text, latest_working_day::text, kind, rule, counted_from::text, convention, calendar_version,
            reviews_counted, last_review_held::text, period_start::text
       FROM care_planning.review_schedule WHERE child_id = $1`,
    [childId],
  );
  return rows[0];
}

/** What the pure rule gives for these facts, in the stored row's shape. */
function expected(start: string, reviews: ReviewHeld[], restart = false): Row {
  const s = scheduledReview({
    periodOfCareStart: d(start),
    reviewsHeld: reviews,
    policy: { additionalReviewRestartsCycle: restart },
  });
  const last =
    reviews
      .map((r) => r.heldOn)
      .sort()
      .at(-1) ?? null;
  return {
    due_by: s.dueBy,
    latest_working_day: s.latestWorkingDay,
    kind: s.kind,
    rule: s.basis.rule,
    counted_from: s.basis.from,
    convention: s.basis.convention,
    calendar_version: s.basis.calendarVersion,
    reviews_counted: s.reviewsCounted,
    last_review_held: last,
    period_start: start,
  };
}

const statutory = (heldOn: string): ReviewHeld => ({ heldOn: d(heldOn), kind: 'statutory' });
const additional = (heldOn: string): ReviewHeld => ({ heldOn: d(heldOn), kind: 'additional' });

const MEETING = `
  mutation StoredScheduleMeeting($input: ReviewMeetingInput!) {
    recordReviewMeeting(input: $input) { id heldOn }
  }`;
const meeting = (over: Record<string, unknown>) => ({
  venue: 'Brackenford family centre',
  attendees: [{ name: 'Ivo Testmoor', role: 'IRO' }],
  participationCode: 'PN1',
  summary: 'Settled at home with the carers.',
  decisions: ['Keep weekly contact with mum'],
  ...over,
});

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivo Testmoor');
  socialWorker = await world.person('social_worker');
  manager = await world.person('iro_manager');
}, 120_000);

afterAll(() => system?.stop());

describe('the stored next review follows every write that changes its facts', () => {
  it('a period of care recorded: the first review, 20 working days on, with its basis', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
    expect(await stored(childId)).toEqual(expected('2026-01-05', []));
    expect((await stored(childId))!.due_by).toBe(addWorkingDays(d('2026-01-05'), 20));
  });

  it('a review held (recordReviewHeld): the second review, three months from it', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
    await world.reviewHeld(childId, '2026-02-02', iro.id);
    expect(await stored(childId)).toEqual(expected('2026-01-05', [statutory('2026-02-02')]));
    expect((await stored(childId))!.due_by).toBe('2026-05-02');
  });

  it('a review meeting recorded, statutory then additional (recordReviewMeeting)', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
    const first = await system.rawGraphql<{ recordReviewMeeting: { id: string } }>(await iro.token(), MEETING, {
      input: { childId, ...meeting({ heldOn: '2026-02-02' }) },
    });
    expect(first.errors, first.raw).toBeUndefined();
    expect(await stored(childId)).toEqual(expected('2026-01-05', [statutory('2026-02-02')]));
    const extra = await system.rawGraphql(await iro.token(), MEETING, {
      input: { childId, kind: 'ADDITIONAL', reason: 'PLACEMENT_CHANGE', ...meeting({ heldOn: '2026-03-10' }) },
    });
    expect(extra.errors, extra.raw).toBeUndefined();
    expect(await stored(childId)).toEqual(expected('2026-01-05', [statutory('2026-02-02'), additional('2026-03-10')]));
  });

  it('the period of care ended (endPeriodOfCare): nothing is due, so no row', async () => {
    const childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-01-05' });
    expect(await stored(childId)).toBeDefined();
    const res = await system.rawGraphql(
      await socialWorker.token(),
      `mutation StoredScheduleEnd($input: EndPeriodOfCareInput!) { endPeriodOfCare(input: $input) { endDate } }`,
      { input: { childId, endDate: '2026-06-30', reasonCeased: 'E4A' } },
    );
    expect(res.errors, res.raw).toBeUndefined();
    expect(await stored(childId)).toBeUndefined();
  });

  it('the authority’s additional-review setting saved (decision 0005): its children are stored again', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
    await world.reviewHeld(childId, '2026-02-02', iro.id);
    await system.subgraphs['care-planning'].dataSource.query(
      `UPDATE care_planning.reviews SET kind = 'additional', reason = 'placement_change'
        WHERE child_id = $1 AND held_on = '2026-02-02'`,
      [childId],
    );
    // Written around the domain functions, so the stored row is stale until the setting is saved below.
    const reviews = [additional('2026-02-02')];
    const res = await system.rawGraphql(
      await manager.token(),
      `mutation StoredScheduleSettings($input: LocalAuthoritySettingsInput!) {
         updateLocalAuthoritySettings(input: $input) { version }
       }`,
      {
        input: {
          expectedVersion: 0,
          additionalReviewRestartsCycle: true,
          decisionsWithinWorkingDays: 5,
          fullRecordWithinWorkingDays: 20,
          iroContactShown: 'NONE',
          challengeStages: [{ name: 'Team manager', workingDays: 3 }],
        },
      },
    );
    expect(res.errors, res.raw).toBeUndefined();
    expect(await stored(childId)).toEqual(expected('2026-01-05', reviews, true));
    // Under the restart setting the additional review is the first, so the second is due three months on.
    expect((await stored(childId))!.due_by).toBe('2026-05-02');
  });

  it('each review held stores whether it was on time, as reviewTimeliness gives it for the same facts', async () => {
    const childId = await world.child({ iro: iro.id, since: '2026-01-05' });
    // The first review was due by 2 February 2026 and held late; the second, due three months on, in time.
    await world.reviewHeld(childId, '2026-02-10', iro.id);
    await world.reviewHeld(childId, '2026-04-20', iro.id);
    const rows: Array<{ held_on: string; due_by: string; on_time: boolean }> = await system.subgraphs[
      'care-planning'
    ].dataSource.query(
      `SELECT held_on::text, due_by::text, on_time FROM care_planning.review_timeliness
        WHERE child_id = $1 ORDER BY held_on`,
      [childId],
    );
    const rule = reviewTimeliness({
      periodOfCareStart: d('2026-01-05'),
      reviewsHeld: [statutory('2026-02-10'), statutory('2026-04-20')],
    });
    expect(rows).toEqual(rule.map((t) => ({ held_on: t.heldOn, due_by: t.dueBy, on_time: t.onTime })));
    expect(rows.map((r) => r.on_time)).toEqual([false, true]);
  });
});
