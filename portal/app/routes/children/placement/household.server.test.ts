import { describe, expect, it } from 'vitest';
import { householdRows } from './household.server';

describe('the household in words', () => {
  it('says who, approved as what, provided by whom, and names every carer', () => {
    expect(
      householdRows({
        name: 'Thornbury household',
        approvalTypeDescription: 'Approved foster carers',
        provider: { name: 'Brightwater Family Placements', kind: 'AGENCY' },
        carers: [{ displayName: 'Hazel Thornbury' }, { displayName: 'Idris Thornbury' }],
      }),
    ).toEqual([
      { key: 'Lives with', value: 'Thornbury household' },
      { key: 'Approved as', value: 'Approved foster carers' },
      { key: 'Household provided by', value: 'Brightwater Family Placements (an agency)' },
      { key: 'Carers', value: 'Hazel Thornbury and Idris Thornbury' },
    ]);
  });

  it('one carer, the local authority’s own household', () => {
    const rows = householdRows({
      name: 'Pellow household',
      approvalTypeDescription: 'Approved foster carers',
      provider: { name: 'Fernvale fostering service', kind: 'LOCAL_AUTHORITY' },
      carers: [{ displayName: 'Mo Pellow' }],
    });
    expect(rows.at(-2)).toEqual({
      key: 'Household provided by',
      value: 'Fernvale fostering service (the local authority’s own)',
    });
    expect(rows.at(-1)).toEqual({ key: 'Carer', value: 'Mo Pellow' });
  });

  it('nothing when the graph gives no household (a parent, or a placement without one)', () => {
    expect(householdRows(null)).toEqual([]);
  });
});
