import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { TimescaleStatus } from './review-enums';
import { addDays, parseIsoDate } from '@lac/statutory';
import { hasOverdueRecord, overdueRecordCount, reviewTimescales, timescaleStatus } from './timescales';

describe('timescaleStatus', () => {
  it('is on time on the due date, late the day after, due until then and overdue after', () => {
    expect(timescaleStatus('2026-12-31', '2026-12-31', '2027-02-01')).toBe(TimescaleStatus.DONE_ON_TIME);
    expect(timescaleStatus('2026-12-31', '2027-01-04', '2027-02-01')).toBe(TimescaleStatus.DONE_LATE);
    expect(timescaleStatus('2026-12-31', null, '2026-12-31')).toBe(TimescaleStatus.DUE);
    expect(timescaleStatus('2026-12-31', null, '2027-01-04')).toBe(TimescaleStatus.OVERDUE);
  });
});

describe('reviewTimescales', () => {
  it('counts working days past Christmas and the Boxing Day substitute, with the basis', () => {
    // Wed 23 Dec 2026: 24 Dec (1), 29 (2), 30 (3), 31 (4), 4 Jan 2027 (5) — 25 and 28 Dec and 1 Jan are holidays.
    const t = reviewTimescales(
      { heldOn: '2026-12-23', decisionsIssuedOn: null, recordCompletedOn: null },
      DEFAULT_SETTINGS,
      '2026-12-23',
    );
    expect(t.decisions.dueBy).toBe('2027-01-04');
    expect(t.decisions.basis).toMatch(/IRO Handbook.*5 working days.*2026-12-23.*Calendar/);
    // 4 working days in December, then 4–8, 11–15, 18–22 January (19) and Monday 25 January (20).
    expect(t.fullRecord.dueBy).toBe('2027-01-25');
  });

  it('uses the local authority’s own number of days', () => {
    const t = reviewTimescales(
      { heldOn: '2026-11-02', decisionsIssuedOn: null, recordCompletedOn: null },
      { ...DEFAULT_SETTINGS, decisionsWithinWorkingDays: 3 },
      '2026-11-02',
    );
    expect(t.decisions.dueBy).toBe('2026-11-05');
    expect(t.decisions.basis).toMatch(/Local authority setting/);
  });

  it('flags a review with either timescale missed and not met', () => {
    const review = { heldOn: '2026-10-01', decisionsIssuedOn: '2026-10-02', recordCompletedOn: null };
    expect(hasOverdueRecord(review, DEFAULT_SETTINGS, '2026-10-29')).toBe(false);
    expect(hasOverdueRecord(review, DEFAULT_SETTINGS, '2026-10-30')).toBe(true);
    expect(hasOverdueRecord({ ...review, recordCompletedOn: '2026-11-20' }, DEFAULT_SETTINGS, '2026-12-01')).toBe(
      false,
    );
    expect(
      hasOverdueRecord(
        { heldOn: null, decisionsIssuedOn: null, recordCompletedOn: null },
        DEFAULT_SETTINGS,
        '2026-12-01',
      ),
    ).toBe(false);
  });
});

describe('overdueRecordCount', () => {
  it('counts exactly the reviews hasOverdueRecord finds, across Christmas and Easter and local settings', () => {
    const settingsList = [
      DEFAULT_SETTINGS,
      { ...DEFAULT_SETTINGS, decisionsWithinWorkingDays: 3, fullRecordWithinWorkingDays: 15 },
    ];
    for (const today of ['2026-11-23', '2027-01-05', '2026-04-08']) {
      for (const settings of settingsList) {
        const reviews = [];
        for (let offset = -45; offset <= 0; offset += 1) {
          const heldOn = addDays(parseIsoDate(today), offset);
          reviews.push({ heldOn, decisionsIssuedOn: null, recordCompletedOn: null });
          reviews.push({ heldOn, decisionsIssuedOn: heldOn, recordCompletedOn: null });
          reviews.push({ heldOn, decisionsIssuedOn: null, recordCompletedOn: heldOn });
          reviews.push({ heldOn, decisionsIssuedOn: heldOn, recordCompletedOn: heldOn });
        }
        for (const review of reviews) {
          const one = hasOverdueRecord(review, settings, today) ? 1 : 0;
          expect([today, review, overdueRecordCount([review], settings, today)]).toEqual([today, review, one]);
        }
      }
    }
  });

  it('throws for a meeting before the calendar, as working out its deadline does', () => {
    const review = { heldOn: '1985-04-20', decisionsIssuedOn: null, recordCompletedOn: null };
    expect(() => hasOverdueRecord(review, DEFAULT_SETTINGS, '2026-11-23')).toThrow(/no data for 1985/);
    expect(() => overdueRecordCount([review], DEFAULT_SETTINGS, '2026-11-23')).toThrow(/no data for 1985/);
  });
});
