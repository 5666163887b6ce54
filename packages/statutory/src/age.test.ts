import { describe, expect, it } from 'vitest';
import { ageOn, birthdayAtAge } from './age';
import { parseIsoDate as d } from './iso-date';

describe('ageOn', () => {
  it('counts completed years, turning on the birthday itself', () => {
    expect(ageOn(d('2021-06-15'), d('2025-06-14'))).toBe(3);
    expect(ageOn(d('2021-06-15'), d('2025-06-15'))).toBe(4);
    expect(ageOn(d('2021-06-15'), d('2025-06-16'))).toBe(4);
    expect(ageOn(d('2021-06-15'), d('2021-06-15'))).toBe(0);
  });

  it('treats a 29 February birthday as 1 March in non-leap years', () => {
    expect(ageOn(d('2020-02-29'), d('2021-02-28'))).toBe(0);
    expect(ageOn(d('2020-02-29'), d('2021-03-01'))).toBe(1);
    expect(ageOn(d('2020-02-29'), d('2024-02-28'))).toBe(3);
    expect(ageOn(d('2020-02-29'), d('2024-02-29'))).toBe(4);
  });

  it('refuses a date before birth', () => {
    expect(() => ageOn(d('2021-06-15'), d('2021-06-14'))).toThrow(RangeError);
  });
});

describe('birthdayAtAge', () => {
  it('gives the anniversary', () => {
    expect(birthdayAtAge(d('2021-06-15'), 4)).toBe('2025-06-15');
  });

  it('moves a leap-day birthday to 1 March only in non-leap years', () => {
    expect(birthdayAtAge(d('2024-02-29'), 1)).toBe('2025-03-01');
    expect(birthdayAtAge(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(birthdayAtAge(d('2096-02-29'), 4)).toBe('2100-03-01');
  });
});
