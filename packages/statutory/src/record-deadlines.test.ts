import { describe, expect, it } from 'vitest';
import { CALENDAR_VERSION } from './england-bank-holidays';
import { addDays, parseIsoDate as d } from './iso-date';
import { overdueIfHeldBefore, recordDeadlines } from './record-deadlines';
import { addWorkingDays } from './working-days';

describe('recordDeadlines', () => {
  it('decisions within 5 and full record within 20 working days, with basis', () => {
    const r = recordDeadlines(d('2025-01-06'));
    expect(r.decisions.dueBy).toBe('2025-01-13');
    expect(r.fullRecord.dueBy).toBe('2025-02-03');
    expect(r.decisions.basis).toMatchObject({ from: '2025-01-06', calendarVersion: CALENDAR_VERSION });
    expect(r.decisions.basis.rule).toMatch(/^IRO Handbook: .* within 5 working days/);
    expect(r.fullRecord.basis.rule).toMatch(/^IRO Handbook: .* within 20 working days/);
  });

  it('across Christmas 2026 (24 and 31 Dec count)', () => {
    const r = recordDeadlines(d('2026-12-22'));
    expect(r.decisions.dueBy).toBe('2026-12-31');
    expect(r.fullRecord.dueBy).toBe('2027-01-22');
  });

  it('across Christmas 2027 and the 2028 New Year substitute', () => {
    const r = recordDeadlines(d('2027-12-23'));
    expect(r.decisions.dueBy).toBe('2028-01-04');
    expect(r.fullRecord.dueBy).toBe('2028-01-25');
  });

  it('across Easter 2026', () => {
    expect(recordDeadlines(d('2026-04-01')).decisions.dueBy).toBe('2026-04-10');
  });

  it('day counts are local authority settings, and the basis says so', () => {
    const r = recordDeadlines(d('2026-12-22'), { decisionsWithinWorkingDays: 10 });
    expect(r.decisions.dueBy).toBe('2027-01-08');
    expect(r.decisions.basis.rule).toMatch(/^Local authority setting: .* within 10 working days .*IRO Handbook: 5/);
    expect(r.fullRecord.dueBy).toBe('2027-01-22');
  });

  it('rejects a nonsensical setting', () => {
    expect(() => recordDeadlines(d('2026-12-22'), { fullRecordWithinWorkingDays: 0 })).toThrow(RangeError);
  });
});

describe('overdueIfHeldBefore', () => {
  it('a meeting before it has its deadline past today, and one on or after it has not (across Christmas and Easter)', () => {
    for (const today of ['2026-11-23', '2026-12-29', '2027-01-04', '2026-04-07', '2026-05-31'].map(d)) {
      for (const days of [1, 5, 15, 20]) {
        const boundary = overdueIfHeldBefore(today, days);
        for (let offset = -60; offset <= 5; offset += 1) {
          const heldOn = addDays(today, offset);
          const late = addWorkingDays(heldOn, days) < today;
          expect([today, days, heldOn, heldOn < boundary]).toEqual([today, days, heldOn, late]);
        }
      }
    }
  });
});
