// One next-review answer for everyone around the child (`Child.nextReview`): when the review must be held by, why,
// and when it is booked (date, time, venue). The IRO, the social worker and the manager are told when the booking
// is after the due date and by how many days; the young person, a parent and the carer get the same two dates and
// no lateness, byte for byte the answer of a booking on time (docs/domain.md#review-timescales).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/** A Monday. Robin came into care on 26 October 2026, so the first review is due within 20 working days: today. */
const TODAY = '2026-11-23';
const DUE_BY = '2026-11-23';
const LATE_DATE = '2026-12-09';

let system: System;
let childId: string;
type Person = Awaited<ReturnType<World['person']>>;
let people: Record<'iro' | 'socialWorker' | 'manager' | 'parent' | 'carer' | 'youngPerson', Person>;

const NEXT_REVIEW = graphql(`
  query NextReviewEverywhere($id: ID!) {
    child(id: $id) {
      nextReview {
        dueBy
        kind
        plainBasis
        booked {
          date
          time
          venue
        }
        bookedAfterDueBy
        daysLate
      }
    }
  }
`);

const BOOK = graphql(`
  mutation NextReviewBook($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
      plannedFor
      plannedTime
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Nextmoor');
  const socialWorker = await world.person('social_worker', 'Sol Nextmoor');
  const parent = await world.person('parent', 'Pat Nextmoor');
  const carer = await world.person('foster_carer', 'Cara Nextmoor');
  const manager = await world.person('iro_manager', 'Mina Nextmoor');
  const robin = await world.youngPerson('2012-03-14', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-10-26',
    givenName: 'Robin',
  });
  childId = robin.childId;
  await world.place(childId, carer.id, '2026-10-26');
  people = { iro, socialWorker, manager, parent, carer, youngPerson: robin.person };
});

afterAll(() => system?.stop());

async function nextReviewAs(who: keyof typeof people) {
  const res = await system.graphql(await people[who].token(), NEXT_REVIEW, { id: childId });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data?.child?.nextReview;
}

async function book(date: string, time: string | null) {
  return system.graphql(await people.iro.token(), BOOK, {
    input: { childId, date, time, venue: 'Fernvale Family Centre', kind: 'STATUTORY' },
  });
}

async function cancelBooking() {
  await system.subgraphs['care-planning'].dataSource.query(
    `DELETE FROM care_planning.reviews WHERE child_id = $1 AND status = 'planned'`,
    [childId],
  );
}

const FAMILY = ['parent', 'carer', 'youngPerson'] as const;
const PROFESSIONALS = ['iro', 'socialWorker', 'manager'] as const;

describe('the next review, the same for everyone', () => {
  it('says when it must be held by, with nothing booked yet', async () => {
    for (const who of [...PROFESSIONALS, ...FAMILY]) {
      expect(await nextReviewAs(who)).toEqual({
        dueBy: DUE_BY,
        kind: 'first',
        plainBasis:
          'The first review happens within 20 working days (about 4 weeks) of coming into care, which was on 26 October 2026.',
        booked: null,
        bookedAfterDueBy: false,
        daysLate: null,
      });
    }
  });

  it('refuses a time that is not HH:MM, naming the field', async () => {
    const res = await book(TODAY, '25:00');
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field: 'time', problem: 'INVALID' });
  });

  it('shows a booking on the due date to everyone, with its time and venue, and nothing late', async () => {
    const res = await book(DUE_BY, '10:30');
    expect(res.data?.scheduleReview, res.raw).toMatchObject({ plannedFor: DUE_BY, plannedTime: '10:30' });
    for (const who of [...PROFESSIONALS, ...FAMILY]) {
      expect(await nextReviewAs(who)).toMatchObject({
        dueBy: DUE_BY,
        booked: { date: DUE_BY, time: '10:30', venue: 'Fernvale Family Centre' },
        bookedAfterDueBy: false,
        daysLate: null,
      });
    }
    await cancelBooking();
  });

  it('flags a booking after the due date, with how late, to the IRO, the social worker and the manager', async () => {
    expect((await book(LATE_DATE, '14:00')).errors).toBeUndefined();
    for (const who of PROFESSIONALS) {
      expect(await nextReviewAs(who)).toMatchObject({
        dueBy: DUE_BY,
        booked: { date: LATE_DATE, time: '14:00' },
        bookedAfterDueBy: true,
        daysLate: 16,
      });
    }
  });

  it('gives the family the same dates and no lateness, exactly as for a booking on time', async () => {
    for (const who of FAMILY) {
      const late = await nextReviewAs(who);
      expect(late).toMatchObject({ dueBy: DUE_BY, booked: { date: LATE_DATE, time: '14:00' } });
      const { bookedAfterDueBy, daysLate } = late!;
      expect(JSON.stringify({ bookedAfterDueBy, daysLate })).toBe(
        JSON.stringify({ bookedAfterDueBy: false, daysLate: null }),
      );
    }
  });
});
