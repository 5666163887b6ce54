import { describe, expect, it } from 'vitest';
import { reviewAfterPlacementChange } from './after-placement-change';

// A child in care since 2026-06-01, last reviewed 2026-10-01: the regular review is due six months on, 2027-04-01.
const base = {
  regularDueBy: '2027-04-01',
  periodOfCareStart: '2026-06-01',
  lastReviewHeld: '2026-10-01',
  workingDays: 20,
  today: '2026-12-15',
};

describe('reviewAfterPlacementChange (DOMAIN.md §1.1, reg 32(2); local rule)', () => {
  it('counts the working days over Christmas and New Year (English bank holidays)', () => {
    // 14 December 2026 + 20 working days, skipping 25 and 28 December (Boxing Day substitute) and 1 January: 14
    // January 2027. Counted in calendar weekdays alone it would be 11 January.
    const next = reviewAfterPlacementChange({ ...base, lastPlacementChange: '2026-12-14' });
    expect(next?.dueBy).toBe('2027-01-14');
    expect(next?.latestWorkingDay).toBe('2027-01-14');
    expect(next?.status).toBe('on_track');
    expect(next?.basis).toMatch(
      /^A review after the placement change on 14 December 2026 \(local rule, 20 working days\)\. CPPCR 2010 reg 32\(2\)/,
    );
    expect(next?.basis).toContain('earlier than the regular review due by 1 April 2027');
    expect(next?.plainBasis).toContain('moved placement on 14 December 2026');
  });

  it('counts over Easter (Good Friday and Easter Monday 2027)', () => {
    // 22 March 2027 + 5 working days: 23, 24, 25, 30, 31 March (26 and 29 March are holidays).
    const next = reviewAfterPlacementChange({ ...base, lastPlacementChange: '2027-03-22', workingDays: 5 });
    expect(next?.dueBy).toBe('2027-03-31');
  });

  it('uses the local authority’s number of working days', () => {
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: '2026-11-02', workingDays: 10 })?.dueBy).toBe(
      '2026-11-16',
    );
  });

  it('is off when the setting is 0 or there was no change', () => {
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: '2026-12-14', workingDays: 0 })).toBeNull();
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: null })).toBeNull();
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: undefined })).toBeNull();
  });

  it('ignores a change the last review held could already consider (on or before it)', () => {
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: '2026-10-01' })).toBeNull();
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: '2026-09-30' })).toBeNull();
    expect(reviewAfterPlacementChange({ ...base, lastPlacementChange: '2026-10-02' })?.dueBy).toBe('2026-10-30');
  });

  it('applies before the first review, but not to a move in an earlier period of care', () => {
    const first = { ...base, lastReviewHeld: null, regularDueBy: '2026-06-29', workingDays: 5 };
    expect(reviewAfterPlacementChange({ ...first, lastPlacementChange: '2026-06-03' })?.dueBy).toBe('2026-06-10');
    expect(reviewAfterPlacementChange({ ...first, lastPlacementChange: '2026-05-29' })).toBeNull();
  });

  it('never postpones the regular date: a later date leaves it standing', () => {
    expect(
      reviewAfterPlacementChange({ ...base, regularDueBy: '2027-01-05', lastPlacementChange: '2026-12-14' }),
    ).toBeNull();
  });

  it('says overdue when the date has passed, due soon within 15 working days', () => {
    const change = { ...base, lastPlacementChange: '2026-11-02' }; // due 30 November 2026
    expect(reviewAfterPlacementChange({ ...change, today: '2026-12-01' })?.status).toBe('overdue');
    expect(reviewAfterPlacementChange({ ...change, today: '2026-11-20' })?.status).toBe('due_soon');
    expect(reviewAfterPlacementChange({ ...change, today: '2026-11-03' })?.status).toBe('on_track');
  });
});
