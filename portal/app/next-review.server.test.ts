import { describe, expect, it } from 'vitest';
import { formatTime, nextReviewView } from './next-review.server';

const next = {
  dueBy: '2026-11-04',
  latestWorkingDay: '2026-11-04',
  status: 'OVERDUE' as const,
  kind: 'subsequent',
  basis:
    'CPPCR 2010 reg 33(2): later reviews not more than six months after the previous review. Counted from 2026-05-04.',
  plainBasis: 'Reviews happen at least every 6 months. The last one was on 4 May 2026.',
  bookedAfterDueBy: true,
  daysLate: 35,
  booked: { reviewId: 'r1', date: '2026-12-09', time: '14:30', venue: 'Ashbury Civic Centre' },
};

type Audience = 'PROFESSIONAL' | 'PARENT' | 'CARER' | 'YOUNG_PERSON';
type Next = Omit<typeof next, 'daysLate'> & { daysLate: number | null };

// Only the audience of viewerCan is read; the rest of the fragment does not matter here.
const view = (audience: Audience, n: Next | null = next) =>
  nextReviewView({ id: 'c1', viewerCan: { audience }, nextReview: n } as unknown as Parameters<
    typeof nextReviewView
  >[0]);

describe('nextReviewView', () => {
  it('gives professionals the status, the legal basis and how late the booking is', () => {
    expect(view('PROFESSIONAL')).toEqual({
      words: 'professional',
      dueBy: '4 November 2026',
      latestWorkingDay: null,
      basis: next.basis,
      status: { text: 'Overdue', colour: 'red' },
      booked: {
        href: '/children/c1/reviews/r1',
        date: '9 December 2026',
        time: '2:30pm',
        venue: 'Ashbury Civic Centre',
      },
      daysLate: 35,
    });
  });

  it('gives a family the same two dates in plain words, with no status and no lateness', () => {
    for (const audience of ['PARENT', 'CARER', 'YOUNG_PERSON'] as const) {
      const v = view(audience, { ...next, bookedAfterDueBy: false, daysLate: null });
      expect(v).toMatchObject({ dueBy: '4 November 2026', basis: next.plainBasis, status: null, daysLate: null });
      expect(v?.booked?.date).toBe('9 December 2026');
      expect(v?.words).toBe(audience === 'YOUNG_PERSON' ? 'young' : 'family');
    }
  });

  it('is null when the child is not looked after', () => {
    expect(view('PARENT', null)).toBeNull();
  });
});

describe('the latest working day', () => {
  it('is shown to professionals when the due date is not a working day, and never to a family', () => {
    const weekend = { ...next, dueBy: '2026-10-24', latestWorkingDay: '2026-10-23' };
    expect(view('PROFESSIONAL', weekend)?.latestWorkingDay).toBe('23 October 2026');
    expect(view('PARENT', weekend)?.latestWorkingDay).toBeNull();
    expect(view('YOUNG_PERSON', weekend)?.latestWorkingDay).toBeNull();
  });
});

describe('formatTime', () => {
  it('writes times as GOV.UK does', () => {
    expect(formatTime('14:30')).toBe('2:30pm');
    expect(formatTime('10:00')).toBe('10am');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:15')).toBe('12:15am');
    expect(formatTime('12:45')).toBe('12:45pm');
  });
});
