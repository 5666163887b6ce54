import { describe, expect, it } from 'vitest';
import { legalStatusNotice } from './legal-status-notice';

const s20 = { code: 'V2', description: 'Single period of accommodation under s.20' };
const careOrder = { code: 'C2', description: 'Full care order' };
const epo = { code: 'L2', description: 'Emergency protection order' };

describe('the matrix checked under another legal status (decision 0015, DOMAIN.md §4)', () => {
  it('says so when the child’s recorded legal status is not the one the matrix was checked under', () => {
    expect(legalStatusNotice(s20, careOrder, 'Robin')).toBe(
      'Checked under section 20; Robin is now under a care order — review the matrix.',
    );
    expect(legalStatusNotice(careOrder, epo, 'Robin')).toBe(
      'Checked under a care order; Robin is now under L2 (Emergency protection order) — review the matrix.',
    );
  });

  it('says nothing when they are the same, or when no legal status is recorded', () => {
    expect(legalStatusNotice(careOrder, careOrder, 'Robin')).toBeNull();
    expect(legalStatusNotice(s20, null, 'Robin')).toBeNull();
  });
});
