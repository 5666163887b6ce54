import { describe, expect, it } from 'vitest';
import { CALENDAR_VERSION } from './england-bank-holidays';
import { CalendarCoverageError } from './holiday-calendar';
import { parseIsoDate as d, type IsoDate } from './iso-date';
import { addDays } from './iso-date';
import {
  dueSoonUntil,
  nextReviewDue,
  REVIEW_RULES,
  reviewStatusOn,
  scheduledReview,
  type NextReviewInput,
  type ReviewHeld,
} from './review-schedule';

const statutory = (s: string): ReviewHeld => ({ heldOn: d(s), kind: 'statutory' });
const additional = (s: string): ReviewHeld => ({ heldOn: d(s), kind: 'additional' });

/**
 * Every case below is also worked out the stored way (care-planning stores `scheduledReview` when a fact changes and
 * derives the status at read time), and the two must agree: the date cases give the same answers either way.
 */
function due(start: string, reviews: NextReviewInput['reviewsHeld'], today?: string, restart?: boolean) {
  const input = {
    periodOfCareStart: d(start),
    reviewsHeld: reviews,
    today: d(today ?? start),
    ...(restart === undefined ? {} : { policy: { additionalReviewRestartsCycle: restart } }),
  };
  const direct = nextReviewDue(input);
  // A review is never recorded as held on a day still to come, so the stored way only ever sees those up to today.
  const recorded = reviews.filter((r) => (typeof r === 'string' ? r : r.heldOn) <= input.today);
  const stored = scheduledReview({ ...input, reviewsHeld: recorded });
  expect({ ...stored, status: reviewStatusOn(stored.dueBy, input.today, dueSoonUntil(input.today)) }).toEqual(direct);
  return direct;
}

describe('first review: 20 working days after becoming looked after', () => {
  it('docs/domain.md example: 6 Jan 2025 -> Mon 3 Feb 2025, with its basis', () => {
    const r = due('2025-01-06', []);
    expect(r).toMatchObject({ dueBy: '2025-02-03', latestWorkingDay: '2025-02-03', kind: 'first', reviewsCounted: 0 });
    expect(r.basis).toMatchObject({ rule: REVIEW_RULES.first, from: '2025-01-06', calendarVersion: CALENDAR_VERSION });
    expect(r.basis.rule).toMatch(/reg 33\(1\)/);
    expect(r.basis.convention).toMatch(/first working day after/);
  });

  it('across weekends', () => {
    expect(due('2025-01-10', []).dueBy).toBe('2025-02-07');
    expect(due('2025-01-08', []).dueBy).toBe('2025-02-05');
  });

  it('from a Saturday or a bank holiday, day 1 is the next working day', () => {
    expect(due('2025-01-04', []).dueBy).toBe('2025-01-31');
    expect(due('2025-05-05', []).dueBy).toBe('2025-06-03');
    expect(due('2026-04-03', []).dueBy).toBe('2026-05-05');
  });

  it('across Christmas and New Year 2026-27 (24 and 31 Dec count; 25, 28 Dec and 1 Jan do not)', () => {
    expect(due('2026-12-14', []).dueBy).toBe('2027-01-14');
  });

  it('across Easter 2026 (Good Friday and Easter Monday)', () => {
    expect(due('2026-03-20', []).dueBy).toBe('2026-04-21');
  });
});

describe('second review: three calendar months after the first was held', () => {
  it('counts from the date held, not the date due', () => {
    const r = due('2025-01-06', [d('2025-01-30')], '2025-02-01');
    expect(r).toMatchObject({ dueBy: '2025-04-30', latestWorkingDay: '2025-04-30', kind: 'second', reviewsCounted: 1 });
    expect(r.basis).toMatchObject({ rule: REVIEW_RULES.second, from: '2025-01-30' });
    expect(r.basis.convention).toMatch(/not moved to a working day/);
  });

  it('clamps to the month end: 30 Nov -> 28 Feb (Saturday, so latest working day Fri 27 Feb)', () => {
    const r = due('2025-11-03', [d('2025-11-30')], '2025-12-01');
    expect(r.dueBy).toBe('2026-02-28');
    expect(r.latestWorkingDay).toBe('2026-02-27');
  });

  it('clamps to 29 Feb in a leap year', () => {
    const r = due('2023-11-01', [d('2023-11-30')], '2023-12-01');
    expect(r.dueBy).toBe('2024-02-29');
    expect(r.latestWorkingDay).toBe('2024-02-29');
  });

  it('latest working day moves back from a bank holiday', () => {
    const r = due('2026-02-02', [d('2026-02-25')], '2026-03-01');
    expect(r.dueBy).toBe('2026-05-25'); // spring bank holiday
    expect(r.latestWorkingDay).toBe('2026-05-22');
  });
});

describe('subsequent reviews: six calendar months after the previous', () => {
  it('31 Aug + 6 months = 28 Feb, or 29 Feb in a leap year', () => {
    const a = due('2025-03-01', [d('2025-03-20'), d('2025-08-31')], '2025-09-01');
    expect(a).toMatchObject({ dueBy: '2026-02-28', latestWorkingDay: '2026-02-27', kind: 'subsequent' });
    expect(a.basis).toMatchObject({ rule: REVIEW_RULES.subsequent, from: '2025-08-31' });
    const b = due('2027-03-01', [d('2027-03-20'), d('2027-08-31')], '2027-09-01');
    expect(b).toMatchObject({ dueBy: '2028-02-29', latestWorkingDay: '2028-02-29' });
  });

  it('a due date on the Boxing Day substitute gives Christmas Eve as the latest working day', () => {
    const r = due('2026-01-05', [d('2026-01-30'), d('2026-04-27'), d('2026-06-28')], '2026-07-01');
    expect(r.dueBy).toBe('2026-12-28');
    expect(r.latestWorkingDay).toBe('2026-12-24');
  });

  it('accepts reviews in any order', () => {
    expect(due('2025-01-06', [d('2025-04-28'), d('2025-01-30')], '2025-05-01').dueBy).toBe('2025-10-28');
  });
});

describe('new period of care', () => {
  it('restarts the cycle: reviews from an earlier period are ignored', () => {
    const r = due('2025-06-02', [d('2025-01-30'), d('2025-04-25')], '2025-06-02');
    expect(r).toMatchObject({ dueBy: '2025-06-30', kind: 'first', reviewsCounted: 0 });
  });

  it('the first review of the new period is followed by a three-month interval', () => {
    const r = due('2025-06-02', [d('2025-01-30'), d('2025-04-25'), d('2025-06-20')], '2025-06-21');
    expect(r).toMatchObject({ dueBy: '2025-09-20', latestWorkingDay: '2025-09-19', kind: 'second' });
  });
});

describe('robustness of the review list', () => {
  it('ignores reviews dated after today (not yet held)', () => {
    expect(due('2025-01-06', [d('2025-01-30')], '2025-01-20')).toMatchObject({ kind: 'first', dueBy: '2025-02-03' });
  });

  it('counts two reviews on the same day once', () => {
    const r = due('2025-01-06', [d('2025-01-30'), additional('2025-01-30')], '2025-02-01');
    expect(r).toMatchObject({ dueBy: '2025-04-30', kind: 'second', reviewsCounted: 1 });
  });

  it('refuses a today before the period of care started', () => {
    expect(() => due('2025-01-06', [], '2025-01-05')).toThrow(RangeError);
  });

  it('a child looked after since before the calendar still gets a schedule from later reviews', () => {
    const r = due('2016-05-09', [statutory('2025-11-20'), statutory('2026-05-20')], '2026-11-23');
    expect(r).toMatchObject({ dueBy: '2026-11-20', kind: 'subsequent', status: 'overdue' });
  });

  it('throws when the due date falls outside the holiday calendar', () => {
    expect(() => due('2050-12-16', [])).toThrow(CalendarCoverageError);
  });
});

describe('additional reviews', () => {
  const start = '2025-01-06';

  it('default: an additional review after the first does not push the second review later', () => {
    const r = due(start, [statutory('2025-01-30'), additional('2025-03-10')], '2025-03-11');
    expect(r).toMatchObject({ dueBy: '2025-04-30', kind: 'second', reviewsCounted: 2 });
    expect(r.basis.from).toBe('2025-01-30');
  });

  it('default: an additional review before the first leaves the first review due', () => {
    const r = due(start, [additional('2025-01-15')], '2025-01-16');
    expect(r).toMatchObject({ dueBy: '2025-02-03', kind: 'first' });
  });

  it('default: an earlier additional review does not turn the 3-month second interval into 6 months', () => {
    const r = due(start, [additional('2025-01-15'), statutory('2025-01-30')], '2025-02-01');
    expect(r).toMatchObject({ dueBy: '2025-04-30', kind: 'second', reviewsCounted: 2 });
  });

  it('default: an overdue statutory review stays overdue after a late additional review', () => {
    const r = due(start, [statutory('2025-01-30'), additional('2025-05-12')], '2025-05-13');
    expect(r).toMatchObject({ dueBy: '2025-04-30', status: 'overdue' });
  });

  it('restart setting: the cycle restarts from the additional review, interval by reviews held', () => {
    const r = due(start, [statutory('2025-01-30'), additional('2025-03-10')], '2025-03-11', true);
    expect(r).toMatchObject({ dueBy: '2025-09-10', kind: 'subsequent', reviewsCounted: 2 });
    expect(r.basis.from).toBe('2025-03-10');
    expect(r.basis.convention).toMatch(/restarts the cycle/);
  });

  it('restart setting: an additional review before the first counts as the first', () => {
    const r = due(start, [additional('2025-01-15')], '2025-01-16', true);
    expect(r).toMatchObject({ dueBy: '2025-04-15', kind: 'second' });
  });

  it('restart setting: a statutory review after an additional one is the second, so six months', () => {
    const r = due(start, [additional('2025-01-15'), statutory('2025-01-30')], '2025-02-01', true);
    expect(r).toMatchObject({ dueBy: '2025-07-30', kind: 'subsequent' });
  });
});

describe('status relative to today', () => {
  // First review due Mon 3 Feb 2025; Mon 13 Jan is exactly 15 working days before it.
  const status = (today: string) => due('2025-01-06', [], today).status;

  it('on_track while more than 15 working days remain', () => {
    expect(status('2025-01-06')).toBe('on_track');
    expect(status('2025-01-10')).toBe('on_track'); // 16 working days
    expect(status('2025-01-12')).toBe('on_track'); // Sunday, still 16
  });

  it('due_soon from 15 working days before up to and including the due date', () => {
    expect(status('2025-01-13')).toBe('due_soon');
    expect(status('2025-02-03')).toBe('due_soon');
  });

  it('overdue the day after the due date', () => {
    expect(status('2025-02-04')).toBe('overdue');
  });

  it('uses dueBy, not latestWorkingDay, for overdue', () => {
    const today = (t: string) => due('2025-11-03', [d('2025-11-30')], t).status;
    expect(today('2026-02-28')).toBe('due_soon'); // Saturday due date
    expect(today('2026-03-01')).toBe('overdue');
  });

  it('threshold is a setting', () => {
    const r = nextReviewDue({
      periodOfCareStart: d('2025-01-06'),
      reviewsHeld: [] as IsoDate[],
      today: d('2025-01-10'),
      policy: { dueSoonWorkingDays: 16 },
    });
    expect(r.status).toBe('due_soon');
  });
});

describe('the stored way: a due date kept from the facts, the status derived from today', () => {
  it('gives nextReviewDue’s status on every day from 40 days before to 10 days after a due date', () => {
    const start = d('2026-11-02');
    const { dueBy } = scheduledReview({ periodOfCareStart: start, reviewsHeld: [] });
    for (let offset = -40; offset <= 10; offset += 1) {
      const today = addDays(dueBy, offset);
      if (today < start) continue;
      const direct = nextReviewDue({ periodOfCareStart: start, reviewsHeld: [], today }).status;
      expect([offset, reviewStatusOn(dueBy, today, dueSoonUntil(today))]).toEqual([offset, direct]);
    }
  });

  it('honours a due-soon threshold other than 15 working days', () => {
    const today = d('2026-11-23');
    const dueBy = d('2026-11-27');
    expect(reviewStatusOn(dueBy, today, dueSoonUntil(today, 3))).toBe('on_track');
    expect(reviewStatusOn(dueBy, today, dueSoonUntil(today, 4))).toBe('due_soon');
  });
});
