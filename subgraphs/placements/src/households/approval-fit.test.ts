import { describe, expect, it } from 'vitest';
import { approvalFor, approvalMismatch } from './approval-fit';
import { ApprovalType } from './approval-type.enum';

describe('approvalMismatch', () => {
  it.each([
    [ApprovalType.FOSTER_CARER, 'U6'],
    [ApprovalType.FOSTER_CARER, 'U4'],
    [ApprovalType.FOSTER_CARER, 'A3'],
    [ApprovalType.CONNECTED_PERSON, 'U3'],
    [ApprovalType.CONNECTED_PERSON, 'A5'],
    [ApprovalType.CHILDRENS_HOME, 'K2'],
    [ApprovalType.SUPPORTED_ACCOMMODATION, 'K3'],
  ])('%s may receive %s', (approval, type) => {
    expect(approvalMismatch(approval, type)).toBeNull();
  });

  it('refuses a foster placement code for a children’s home, saying what it needs', () => {
    expect(approvalMismatch(ApprovalType.CHILDRENS_HOME, 'U6')).toBe(
      'U6 needs an approved foster carer household; this household is a children’s home (K1, K2)',
    );
  });

  it('refuses a relative-or-friend code for foster carers who are not connected to the child', () => {
    expect(approvalMismatch(ApprovalType.FOSTER_CARER, 'U1')).toMatch(/^U1 needs a connected person household;/);
  });

  it('refuses a children’s home code for foster carers and supported accommodation', () => {
    expect(approvalMismatch(ApprovalType.FOSTER_CARER, 'K2')).toMatch(/^K2 needs a children’s home;/);
    expect(approvalMismatch(ApprovalType.SUPPORTED_ACCOMMODATION, 'K2')).toMatch(/^K2 needs a children’s home;/);
  });

  it('refuses a type that is never with a household (placed with a parent, a hospital)', () => {
    expect(approvalMismatch(ApprovalType.FOSTER_CARER, 'P1')).toBe(
      'A P1 placement is not a placement with a carers’ household',
    );
    expect(approvalMismatch(ApprovalType.CHILDRENS_HOME, 'R2')).toMatch(/not a placement with a carers’ household/);
  });
});

describe('temporary placements', () => {
  it.each(['T3', 'T4', 'Z11'])('%s may be with any household', (type) => {
    for (const approval of Object.values(ApprovalType)) expect(approvalMismatch(approval, type)).toBeNull();
  });
});

describe('approvalFor', () => {
  it('is what the household of a carer named alone is approved as', () => {
    expect(approvalFor('U3')).toBe(ApprovalType.CONNECTED_PERSON);
    expect(approvalFor('U6')).toBe(ApprovalType.FOSTER_CARER);
    expect(approvalFor('T3')).toBe(ApprovalType.FOSTER_CARER);
  });
});
