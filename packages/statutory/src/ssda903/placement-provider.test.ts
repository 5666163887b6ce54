import { describe, expect, it } from 'vitest';
import { describePlacementProvider, isPlacementProviderCode, providerMismatch } from './placement-provider';
import { describeReasonPlaceChange, isReasonPlaceChangeCode, REASON_PLACE_CHANGE_CODES } from './reason-place-change';

describe('placement provider', () => {
  it('knows PR0-PR5 exactly', () => {
    expect(isPlacementProviderCode('PR4')).toBe(true);
    expect(isPlacementProviderCode('pr4')).toBe(false);
    expect(isPlacementProviderCode('PR6')).toBe(false);
    expect(describePlacementProvider('PR1')).toMatch(/Own local authority/);
  });

  it('PR0 only with P1, and P1 only with PR0 (rule 550)', () => {
    expect(providerMismatch('PR0', 'P1')).toBeNull();
    expect(providerMismatch('PR0', 'U6')).toMatch(/only for a placement with a parent/);
    expect(providerMismatch('PR1', 'P1')).toMatch(/provided by PR0/);
  });

  it('temporary placements carry none; others need one', () => {
    expect(providerMismatch(null, 'T3')).toBeNull();
    expect(providerMismatch('PR1', 'T3')).toMatch(/no placement provider/);
    expect(providerMismatch(null, 'U6')).toMatch(/needs a placement provider/);
    expect(providerMismatch('PR4', 'U6')).toBeNull();
  });
});

describe('reason for placement change', () => {
  it('has the 12 codes of rule 1009 and describes them', () => {
    expect(REASON_PLACE_CHANGE_CODES).toHaveLength(12);
    expect(isReasonPlaceChangeCode('CARPL')).toBe(true);
    expect(isReasonPlaceChangeCode('carpl')).toBe(false);
    expect(isReasonPlaceChangeCode('XXXXX')).toBe(false);
    expect(describeReasonPlaceChange('CREQB')).toMatch(/behaviour/);
  });
});
