import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { maySeeField, ownsRecord } from './policy';

// A placement's records belong to every carer account of its household (docs/decisions/0023-households.md): both
// foster carers of one household see their address, a carer of another household does not, and nobody owns a
// record whose household has no carers.

const carer = (personId: string): Actor => ({
  personId,
  role: 'foster_carer',
  localAuthorityId: null,
  relationships: [],
});
const household = ['carer-1', 'carer-2'] as const;

describe('ownsRecord', () => {
  it('one person, the people of a household, or nobody', () => {
    expect(ownsRecord('carer-1', 'carer-1')).toBe(true);
    expect(ownsRecord('carer-1', 'carer-2')).toBe(false);
    expect(ownsRecord(household, 'carer-2')).toBe(true);
    expect(ownsRecord(household, 'carer-3')).toBe(false);
    expect(ownsRecord([], 'carer-1')).toBe(false);
    expect(ownsRecord(null, 'carer-1')).toBe(false);
    expect(ownsRecord(undefined, 'carer-1')).toBe(false);
    expect(ownsRecord([''], '')).toBe(false);
  });
});

describe.each(['placement_address', 'placement_plan', 'carer_identity', 'delegated_authority'] as const)(
  'maySeeField %s for a household',
  (label) => {
    it('every carer of the household sees it; a carer of another household does not', () => {
      expect(maySeeField(carer('carer-1'), 'carer', label, household)).toBe(true);
      expect(maySeeField(carer('carer-2'), 'carer', label, household)).toBe(true);
      expect(maySeeField(carer('carer-3'), 'carer', label, household)).toBe(false);
      expect(maySeeField(carer('carer-1'), 'carer', label, [])).toBe(false);
    });
  },
);

describe('parentOnlyOwn with a household owner', () => {
  it('a parent is never an owner through a household list they are not in', () => {
    const parent: Actor = { personId: 'mother', role: 'parent', localAuthorityId: null, relationships: [] };
    expect(maySeeField(parent, 'parent', 'contact_arrangements', household)).toBe(false);
  });
});
