import { describe, expect, it } from 'vitest';
import { DecisionArea, DecisionHolder } from './areas';
import { changedAreas, mergeEntries } from './entry';
import { defaultEntries } from './legal-status-rules';

describe('matrix rows', () => {
  const base = defaultEntries('C2');
  it('names exactly the areas that changed', () => {
    const after = mergeEntries(base, [
      { ...base[5], holder: DecisionHolder.SOCIAL_WORKER, reasonNotDelegated: 'Ask first' },
      { ...base[0], tellWho: 'The parents' },
    ]);
    expect(changedAreas(base, after)).toEqual([DecisionArea.MEDICAL_AND_DENTAL, DecisionArea.HAIRCUTS]);
    expect(changedAreas(base, base)).toEqual([]);
  });
  it('merging keeps the order and the rows not mentioned', () => {
    const after = mergeEntries(base, [{ ...base[3], conditions: 'Sunday services' }]);
    expect(after.map((e) => e.area)).toEqual(base.map((e) => e.area));
    expect(after[3].conditions).toBe('Sunday services');
    expect(after[4]).toBe(base[4]);
  });
});
