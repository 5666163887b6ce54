import { parseIsoDate as d } from '@lac/statutory';
import { describe, expect, it } from 'vitest';
import { Placement } from './placement.entity';
import { lastChange, stabilityOf } from './stability';

const p = (startDate: string, endDate: string | null) => Object.assign(new Placement(), { startDate, endDate });

describe('placement stability', () => {
  it('counts placements running at any time in the last 12 months and the days of the current one', () => {
    // The first ended on 30 Nov 2025, exactly 12 months ago: it was still running then.
    const history = [p('2024-01-01', '2025-11-30'), p('2025-11-30', '2026-06-01'), p('2026-06-01', null)];
    expect(stabilityOf(history, d('2026-11-30'))).toEqual({ placementsInLast12Months: 3, currentPlacementDays: 182 });
  });

  it('a placement that ended more than 12 months ago does not count', () => {
    const history = [p('2024-01-01', '2025-11-29'), p('2025-11-29', null)];
    expect(stabilityOf(history, d('2026-11-30'))).toEqual({ placementsInLast12Months: 1, currentPlacementDays: 366 });
  });

  it('no current placement: no length', () => {
    expect(stabilityOf([p('2026-01-01', '2026-02-01')], d('2026-11-30'))).toEqual({
      placementsInLast12Months: 1,
      currentPlacementDays: null,
    });
  });
});

describe('last placement change', () => {
  it('is the start of the newest placement after the first; none with one placement', () => {
    expect(lastChange([p('2026-06-01', null), p('2025-11-30', '2026-06-01')])).toBe('2026-06-01');
    expect(lastChange([p('2025-11-30', null)])).toBeNull();
  });
});
