import { describe, expect, it } from 'vitest';
import { parseIsoDate as d } from '../iso-date';
import {
  CodeListCoverageError,
  describePlacementType,
  isPlacementTypeCode,
  placementTypeCodesFor,
} from './placement-type';

describe('placement type codes by collection year', () => {
  it('2022-23 list', () => {
    const list = placementTypeCodesFor('2022-23');
    expect(list).toHaveLength(27);
    expect(list).toEqual(expect.arrayContaining(['H5', 'P2', 'Z1', 'T0', 'U6']));
    expect(list).not.toContain('K3');
  });

  it('2023-24 is unchanged from 2022-23', () => {
    expect(placementTypeCodesFor('2023-24')).toEqual(placementTypeCodesFor('2022-23'));
  });

  it("2024-25 adds upper-case K3 (not the validator's lower-case k3)", () => {
    expect(placementTypeCodesFor('2024-25')).toHaveLength(28);
    expect(isPlacementTypeCode('K3', d('2024-04-01'))).toBe(true);
    expect(isPlacementTypeCode('K3', d('2024-03-31'))).toBe(false);
    expect(isPlacementTypeCode('k3', d('2024-06-01'))).toBe(false);
  });

  it('2025-26 drops H5, P2 and Z1 and adds Z11-Z14', () => {
    const list = placementTypeCodesFor('2025-26');
    expect(list).toHaveLength(29);
    for (const c of ['H5', 'P2', 'Z1']) {
      expect(isPlacementTypeCode(c, d('2025-03-31'))).toBe(true);
      expect(isPlacementTypeCode(c, d('2025-04-01'))).toBe(false);
    }
    for (const c of ['Z11', 'Z12', 'Z13', 'Z14']) {
      expect(isPlacementTypeCode(c, d('2025-03-31'))).toBe(false);
      expect(isPlacementTypeCode(c, d('2025-04-01'))).toBe(true);
    }
    expect(list).toContain('K3');
  });

  it('later years keep the newest list', () => {
    expect(placementTypeCodesFor('2027-28')).toEqual(placementTypeCodesFor('2025-26'));
  });

  it('earlier years are not covered and throw', () => {
    expect(() => placementTypeCodesFor('2021-22')).toThrow(CodeListCoverageError);
    expect(() => isPlacementTypeCode('U1', d('2022-03-31'))).toThrow(CodeListCoverageError);
  });

  it('A1/A2 and junk are never valid', () => {
    expect(isPlacementTypeCode('A1', d('2023-01-01'))).toBe(false);
    expect(isPlacementTypeCode('A2', d('2025-06-01'))).toBe(false);
    expect(isPlacementTypeCode(42, d('2025-06-01'))).toBe(false);
  });

  it('describes codes, flagging the unconfirmed 2025-26 additions', () => {
    expect(describePlacementType('K1')).toBe("Secure children's home");
    expect(describePlacementType('Z11')).toMatch(/not yet confirmed/);
    expect(describePlacementType('ZZ')).toBeUndefined();
  });
});
