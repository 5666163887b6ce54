import { describe, expect, it } from 'vitest';
import { failedItems } from './failed-items.server';

describe('failedItems', () => {
  const list = ['me', 'caseload', 'items'];

  it('finds the rows whose fields failed, once each', () => {
    const errors = [
      { message: 'x', path: ['me', 'caseload', 'items', 3, 'nextReview'] },
      { message: 'x', path: ['me', 'caseload', 'items', 3, 'overdueReviewRecords'] },
      { message: 'x', path: ['me', 'caseload', 'items', 0, 'carePlanFlags'] },
    ];
    expect([...failedItems(errors, list)].sort()).toEqual([0, 3]);
  });

  it('ignores errors elsewhere, errors on the list itself and errors without a path', () => {
    const errors = [
      { message: 'x', path: ['me', 'caseload', 'totalCount'] },
      { message: 'x', path: ['me', 'caseload', 'items'] },
      { message: 'x', path: ['children', 'items', 2, 'nextReview'] },
      { message: 'x' },
    ];
    expect(failedItems(errors, list).size).toBe(0);
  });
});
