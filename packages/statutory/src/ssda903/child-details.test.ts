import { describe, expect, it } from 'vitest';
import { describeEthnicity, ETHNICITY_CODES, isEthnicityCode } from './ethnicity';
import { describeSex, isSexCode, SEX_CODES } from './sex';
import { upnCheckLetter, upnProblem } from './upn';

describe('sex', () => {
  it('has the two codes of the return', () => {
    expect([...SEX_CODES]).toEqual(['1', '2']);
    expect(isSexCode('1')).toBe(true);
    expect(isSexCode('3')).toBe(false);
    expect(describeSex('2')).toBe('Female');
  });
});

describe('ethnicity', () => {
  it('has the 20 codes of the return, matched exactly', () => {
    expect(ETHNICITY_CODES).toHaveLength(20);
    expect(isEthnicityCode('WBRI')).toBe(true);
    expect(isEthnicityCode('wbri')).toBe(false);
    expect(isEthnicityCode('WHIT')).toBe(false);
    expect(describeEthnicity('NOBT')).toBe('Information not yet obtained');
  });
});

describe('UPN', () => {
  // Fictional: A + 12 digits with its own check letter.
  const valid = `${upnCheckLetter('820200123456')}820200123456`;

  it('accepts a UPN whose check letter matches, and the UN1 to UN5 codes', () => {
    expect(upnProblem(valid)).toBeNull();
    expect(upnProblem('UN3')).toBeNull();
  });

  it('accepts a temporary UPN ending in a letter when its check letter matches', () => {
    expect(upnProblem(`${upnCheckLetter('82020012345A')}82020012345A`)).toBeNull();
  });

  it('refuses a wrong check letter', () => {
    const wrong = valid.charAt(0) === 'A' ? 'B' : 'A';
    expect(upnProblem(`${wrong}${valid.slice(1)}`)).toBe('CHECK_LETTER');
  });

  it.each(['', 'UN6', 'I820200123456', 'A82020012345', 'A8202001234567', 'a820200123456'])(
    'refuses the shape of %j',
    (upn) => {
      expect(upnProblem(upn)).toBe('FORMAT');
    },
  );

  it('computes the check letter by the DfE weights (a worked example)', () => {
    // 8×2 + 2×3 + 0×4 + 2×5 + 0×6 + 0×7 + 1×8 + 2×9 + 3×10 + 4×11 + 5×12 + 6×13 = 270; 270 mod 23 = 17 → U
    expect(upnCheckLetter('820200123456')).toBe('U');
  });
});
