import { describe, expect, it } from 'vitest';
import { lengthInWords } from './placement.server';

describe('length of a placement in words', () => {
  it('days, months, years', () => {
    expect(lengthInWords(1)).toBe('1 day');
    expect(lengthInWords(21)).toBe('21 days');
    expect(lengthInWords(92)).toBe('3 months');
    expect(lengthInWords(366)).toBe('1 year');
    expect(lengthInWords(430)).toBe('1 year and 2 months');
  });
});
