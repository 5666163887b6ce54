import { describe, expect, it } from 'vitest';
import { parseIsoDate as d } from '../iso-date';
import { collectionYearBounds, collectionYearOf, collectionYearStartYear } from './collection-year';

describe('collectionYearOf (1 April to 31 March)', () => {
  it('31 March belongs to the year that began the previous April', () => {
    expect(collectionYearOf(d('2025-03-31'))).toBe('2024-25');
    expect(collectionYearOf(d('2025-04-01'))).toBe('2025-26');
    expect(collectionYearOf(d('2025-12-31'))).toBe('2025-26');
    expect(collectionYearOf(d('2026-01-01'))).toBe('2025-26');
  });

  it('spans a century boundary', () => {
    expect(collectionYearOf(d('2099-06-01'))).toBe('2099-00');
  });

  it('gives the bounds and rejects malformed years', () => {
    expect(collectionYearBounds('2025-26')).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(() => collectionYearStartYear('2025-27')).toThrow(RangeError);
    expect(() => collectionYearStartYear('25-26')).toThrow(RangeError);
  });
});
