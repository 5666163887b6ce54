import { LEGAL_STATUS_CODES } from '@lac/statutory';
import { describe, expect, it } from 'vitest';
import { DECISION_AREAS, DecisionArea, DecisionHolder } from './areas';
import type { Entry } from './entry';
import { checkEntries, defaultEntries, responsibilityUnder } from './legal-status-rules';

const TODAY = '2026-11-30';
const entry = (area: DecisionArea, holder: DecisionHolder, extra: Partial<Entry> = {}): Entry => ({
  area,
  holder,
  conditions: null,
  tellWho: null,
  reasonNotDelegated: holder === DecisionHolder.CARER ? null : 'Because the plan says so',
  parentAgreedOn: null,
  ...extra,
});
const problems = (status: string, e: Entry) => checkEntries(status, [e], TODAY).map((v) => [v.field, v.problem]);

describe('who holds parental responsibility', () => {
  it.each([
    ['C1', 'shared_with_local_authority'],
    ['C2', 'shared_with_local_authority'],
    ['E1', 'shared_with_local_authority'],
    ['D1', 'shared_with_local_authority'],
    ['L2', 'shared_with_local_authority'],
    ['V2', 'parents_only'],
    ['V3', 'parents_only'],
    ['V4', 'parents_only'],
    ['L1', 'parents_only'],
    ['J2', 'parents_only'],
  ])('%s: %s', (code, under) => expect(responsibilityUnder(code)).toBe(under));
});

describe('under section 20 (V2) the parents must agree to each delegation', () => {
  it('refuses a delegation to the carer without the parent’s recorded agreement', () => {
    expect(problems('V2', entry(DecisionArea.HAIRCUTS, DecisionHolder.CARER))).toEqual([
      ['parentAgreedOn', 'NEEDS_PARENT_AGREEMENT'],
    ]);
  });
  it('refuses one to the social worker too: the local authority holds no parental responsibility', () => {
    expect(problems('V2', entry(DecisionArea.PASSPORT, DecisionHolder.SOCIAL_WORKER))).toEqual([
      ['parentAgreedOn', 'NEEDS_PARENT_AGREEMENT'],
    ]);
  });
  it('accepts it once the parent’s agreement is dated', () => {
    expect(
      problems('V2', entry(DecisionArea.HAIRCUTS, DecisionHolder.CARER, { parentAgreedOn: '2026-11-02' })),
    ).toEqual([]);
  });
  it('accepts the parent or the young person holding it without an agreement', () => {
    expect(problems('V2', entry(DecisionArea.PASSPORT, DecisionHolder.PARENT))).toEqual([]);
    expect(problems('V2', entry(DecisionArea.HAIRCUTS, DecisionHolder.YOUNG_PERSON))).toEqual([]);
  });
  it('refuses an agreement dated after today or not a date', () => {
    expect(
      problems('V2', entry(DecisionArea.HAIRCUTS, DecisionHolder.CARER, { parentAgreedOn: '2026-12-01' })),
    ).toEqual([['parentAgreedOn', 'DATE_IN_FUTURE']]);
    expect(
      problems('V2', entry(DecisionArea.HAIRCUTS, DecisionHolder.CARER, { parentAgreedOn: '2026-02-30' })),
    ).toEqual([['parentAgreedOn', 'INVALID_DATE']]);
  });
});

describe('under a care order (C2) what the law fixes cannot be delegated or overridden', () => {
  it('accepts everyday delegation to the carer without the parent', () => {
    expect(problems('C2', entry(DecisionArea.SLEEPOVERS, DecisionHolder.CARER))).toEqual([]);
  });
  it.each([
    DecisionArea.CHANGE_OF_RELIGION,
    DecisionArea.CONSENT_TO_ADOPTION,
    DecisionArea.REMOVAL_ABROAD_A_MONTH_OR_MORE,
  ])('refuses %s held by anyone but the parents, with the section of the Act', (area) => {
    for (const holder of [
      DecisionHolder.CARER,
      DecisionHolder.SOCIAL_WORKER,
      DecisionHolder.MANAGER,
      DecisionHolder.YOUNG_PERSON,
    ]) {
      const [v] = checkEntries('C2', [entry(area, holder, { parentAgreedOn: '2026-11-02' })], TODAY);
      expect(v).toMatchObject({ area, field: 'holder', problem: 'NOT_DELEGABLE' });
      expect(v.message).toMatch(/s\.33\(/);
    }
    expect(problems('C2', entry(area, DecisionHolder.PARENT))).toEqual([]);
  });
  it('refuses the same under section 20, even with an agreement', () => {
    expect(
      problems('V2', entry(DecisionArea.CONSENT_TO_ADOPTION, DecisionHolder.CARER, { parentAgreedOn: '2026-11-02' })),
    ).toEqual([['holder', 'NOT_DELEGABLE']]);
  });
});

describe('a decision the carer does not hold needs a recorded reason (DOMAIN.md §4)', () => {
  it('refuses it without one', () => {
    expect(
      problems('C2', entry(DecisionArea.CHANGE_OF_SCHOOL, DecisionHolder.MANAGER, { reasonNotDelegated: '  ' })),
    ).toEqual([['reasonNotDelegated', 'REQUIRED']]);
  });
});

describe('defaults', () => {
  it.each(LEGAL_STATUS_CODES.map((c) => [c]))('under %s cover every area and break no rule', (code) => {
    const rows = defaultEntries(code);
    expect(rows.map((r) => r.area)).toEqual([...DECISION_AREAS]);
    expect(checkEntries(code, rows, TODAY)).toEqual([]);
  });
  it('give everyday decisions to the carer under a care order and to the parents under s.20', () => {
    const holderOf = (code: string, area: DecisionArea) => defaultEntries(code).find((r) => r.area === area)?.holder;
    expect(holderOf('C2', DecisionArea.HAIRCUTS)).toBe(DecisionHolder.CARER);
    expect(holderOf('V2', DecisionArea.HAIRCUTS)).toBe(DecisionHolder.PARENT);
    expect(holderOf('C2', DecisionArea.CONSENT_TO_ADOPTION)).toBe(DecisionHolder.PARENT);
  });
});
