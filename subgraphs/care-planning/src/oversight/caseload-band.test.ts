import { describe, expect, it } from 'vitest';
import { caseloadBand } from './caseload-band';

describe('caseload against the 50–70 guidance', () => {
  it.each([
    [0, 'below'],
    [49, 'below'],
    [50, 'within'],
    [70, 'within'],
    [71, 'above'],
  ] as const)('%i children → %s', (n, band) => {
    expect(caseloadBand(n)).toBe(band);
  });
});
