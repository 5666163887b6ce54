import { describe, expect, it } from 'vitest';
import { plainReviewBasis } from './next-review-words';

describe('plainReviewBasis', () => {
  it('says each rule in plain words, with the date it counts from and no regulation numbers', () => {
    expect(plainReviewBasis('first', '2026-11-02')).toBe(
      'The first review happens within 20 working days (about 4 weeks) of coming into care, which was on 2 November 2026.',
    );
    expect(plainReviewBasis('second', '2026-03-09')).toBe(
      'The second review happens within 3 months of the first one, which was on 9 March 2026.',
    );
    expect(plainReviewBasis('subsequent', '2026-05-04')).toBe(
      'Reviews happen at least every 6 months. The last one was on 4 May 2026.',
    );
    for (const kind of ['first', 'second', 'subsequent'] as const) {
      expect(plainReviewBasis(kind, '2026-05-04')).not.toMatch(/CPPCR|reg|latest working day/i);
    }
  });
});
