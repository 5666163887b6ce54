import { ROLES } from '@lac/access';
import { isLegalStatusCode, isPlacementTypeCode, nextReviewDue, parseIsoDate } from '@lac/statutory';
import { describe, expect, it } from 'vitest';
import { demoAuthority } from './authority';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoChild } from './model';

const TODAY = '2026-11-23';
const demo = demoAuthority(TODAY);
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function datesOf(c: DemoChild): string[] {
  return [
    c.dateOfBirth,
    ...c.periodsOfCare.flatMap((p) => [p.startDate, p.endDate]),
    ...c.legalStatuses.flatMap((l) => [l.startDate, l.endDate]),
    ...c.reviews,
    ...c.allocations.map((a) => a.from),
    c.placement.startDate,
  ].filter((d): d is string => d !== null);
}

const account = (username: string) => demo.accounts.find((a) => a.username === username)!;
const personOf = (id: string) => demo.people.find((p) => p.id === id)!;
const caseloadOf = (personId: string, role: 'iro' | 'social_worker') =>
  demo.children.filter((c) => c.allocations.some((a) => a.role === role && a.personId === personId));
const ageOn = (dob: string, today: string) => {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
};

describe('demoAuthority', () => {
  it('is deterministic: the same today gives identical data', () => {
    expect(demoAuthority(TODAY)).toEqual(demo);
    expect(JSON.stringify(demoAuthority(TODAY))).toBe(JSON.stringify(demo));
  });

  it('keeps names and ids when today moves on, shifting only dates', () => {
    const later = demoAuthority('2027-02-01');
    expect(later.children.map((c) => [c.id, c.givenName, c.familyName])).toEqual(
      demo.children.map((c) => [c.id, c.givenName, c.familyName]),
    );
    expect(later.accounts.map((a) => a.personId)).toEqual(demo.accounts.map((a) => a.personId));
  });

  it('has about 300 children across 6 IROs with uneven caseloads of 40 to 60', () => {
    expect(demo.children).toHaveLength(300);
    const iros = demo.people.filter((p) => p.role === 'iro');
    expect(iros).toHaveLength(6);
    const sizes = iros.map((i) => caseloadOf(i.id, 'iro').length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(300);
    for (const n of sizes) {
      expect(n).toBeGreaterThanOrEqual(40);
      expect(n).toBeLessThanOrEqual(60);
    }
    expect(new Set(sizes).size).toBeGreaterThan(1);
    expect(caseloadOf(account('iro').personId, 'iro').length).toBeGreaterThanOrEqual(45);
    expect(caseloadOf(account('iro').personId, 'iro').length).toBeLessThanOrEqual(55);
    expect(demo.people.filter((p) => p.role === 'social_worker')).toHaveLength(10);
  });

  it('gives each IRO a fictional work email and phone, and nobody else', () => {
    for (const p of demo.people) {
      if (p.role === 'iro') {
        expect(p.workEmail).toMatch(/^[a-z]+(\.[a-z]+)*@ashbury\.example$/);
        // Ofcom's range for drama: 01632 960000 to 960999.
        expect(p.workPhone).toMatch(/^01632 960\d{3}$/);
      } else {
        expect(p.workEmail ?? null).toBeNull();
        expect(p.workPhone ?? null).toBeNull();
      }
    }
  });

  it('uses unique v4-shaped ids and roles from the access list', () => {
    const ids = [demo.localAuthority.id, ...demo.people.map((p) => p.id), ...demo.children.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID);
    for (const p of demo.people) expect(ROLES).toContain(p.role);
  });

  it('puts every date on or before today, in order, and each child in care after birth', () => {
    for (const c of demo.children) {
      for (const d of datesOf(c)) {
        expect(() => parseIsoDate(d)).not.toThrow();
        expect(d <= TODAY).toBe(true);
      }
      const age = ageOn(c.dateOfBirth, TODAY);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(17);
      const periods = c.periodsOfCare;
      expect(periods.at(-1)!.endDate).toBeNull();
      expect(periods[0].startDate >= c.dateOfBirth).toBe(true);
      for (let i = 1; i < periods.length; i++) expect(periods[i].startDate > periods[i - 1].endDate!).toBe(true);
      const open = periods.at(-1)!;
      expect(c.placement.startDate >= open.startDate).toBe(true);
      expect(c.legalStatuses.at(-1)!.endDate).toBeNull();
      expect(c.legalStatuses.at(-1)!.startDate >= open.startDate).toBe(true);
      expect([...c.reviews].sort()).toEqual(c.reviews);
      expect(new Set(c.reviews).size).toBe(c.reviews.length);
    }
  });

  it('uses valid SSDA903 codes and fictional ZZ postcodes', () => {
    const legal = new Set<string>();
    for (const c of demo.children) {
      for (const l of c.legalStatuses) {
        expect(isLegalStatusCode(l.code)).toBe(true);
        legal.add(l.code);
      }
      expect(isPlacementTypeCode(c.placement.placementType, parseIsoDate(c.placement.startDate))).toBe(true);
      expect(c.placement.address.postcode).toMatch(POSTCODE);
      expect(c.placement.address.postcode.startsWith('ZZ')).toBe(true);
    }
    expect([...legal].sort()).toEqual(['C1', 'C2', 'E1', 'V2']);
    const current = demo.children.map((c) => c.legalStatuses.at(-1)!.code);
    expect(current.filter((c) => c === 'C2').length).toBeGreaterThan(150);
  });

  it('places most children with foster carers of one to three children and a few in K2 homes', () => {
    const homes = demo.children.filter((c) => c.placement.placementType === 'K2');
    expect(homes.length).toBeGreaterThanOrEqual(5);
    expect(homes.length).toBeLessThanOrEqual(20);
    for (const c of homes) expect(c.placement.carerPersonId).toBeNull();
    const perCarer = new Map<string, number>();
    for (const c of demo.children) {
      if (c.placement.placementType === 'K2') continue;
      const carer = c.placement.carerPersonId!;
      expect(personOf(carer).role).toBe('foster_carer');
      perCarer.set(carer, (perCarer.get(carer) ?? 0) + 1);
    }
    for (const n of perCarer.values()) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it('gives each child one or two parents, most with parental responsibility', () => {
    const parents = demo.children.flatMap((c) => c.parents);
    for (const c of demo.children) {
      expect(c.parents.length).toBeGreaterThanOrEqual(1);
      expect(c.parents.length).toBeLessThanOrEqual(2);
    }
    const withPr = parents.filter((p) => p.hasParentalResponsibility).length;
    expect(withPr / parents.length).toBeGreaterThan(0.6);
    expect(withPr).toBeLessThan(parents.length);
    for (const p of parents) expect(personOf(p.personId).role).toBe('parent');
  });

  it('has a realistic spread of review status and some new periods of care', () => {
    const status = demo.children.map(
      (c) =>
        nextReviewDue({
          periodOfCareStart: parseIsoDate(c.periodsOfCare.at(-1)!.startDate),
          reviewsHeld: c.reviews.map((r) => parseIsoDate(r)),
          today: parseIsoDate(TODAY),
        }).status,
    );
    const share = (s: string) => status.filter((x) => x === s).length / status.length;
    expect(share('overdue')).toBeGreaterThan(0.05);
    expect(share('overdue')).toBeLessThan(0.15);
    expect(share('due_soon')).toBeGreaterThan(0.05);
    expect(share('due_soon')).toBeLessThan(0.18);
    const renewed = demo.children.filter((c) => c.periodsOfCare.length === 2).length;
    expect(renewed).toBeGreaterThanOrEqual(10);
    expect(renewed).toBeLessThanOrEqual(20);
  });

  it('has one demo account per role (two foster carers of one household), with the promised relationships', () => {
    expect(DEMO_PASSWORD).toBe('demo-password');
    const usernames = ['advocate', 'foster-carer', 'foster-carer-2', 'guardian', 'iro', 'iro-manager', 'parent'];
    expect(demo.accounts.map((a) => a.username).sort()).toEqual([...usernames, 'social-worker', 'young-person'].sort());
    expect([...new Set(demo.accounts.map((a) => a.role))].sort()).toEqual([...ROLES].sort());
    expect(demo.accounts.filter((a) => a.role === 'foster_carer')).toHaveLength(2);
    expect(DEMO_ACCOUNTS.map((a) => [a.username, a.role])).toEqual(demo.accounts.map((a) => [a.username, a.role]));
    for (const a of demo.accounts) {
      expect(personOf(a.personId).role).toBe(a.role);
      expect(a.description.length).toBeGreaterThan(10);
    }

    expect(personOf(account('iro-manager').personId).localAuthorityId).toBe(demo.localAuthority.id);
    expect(caseloadOf(account('social-worker').personId, 'social_worker').length).toBeGreaterThan(0);

    const parentOf = demo.children.filter((c) =>
      c.parents.some((p) => p.personId === account('parent').personId && p.hasParentalResponsibility),
    );
    expect(parentOf).toHaveLength(1);
    expect(demo.children.filter((c) => c.parents.some((p) => p.personId === account('parent').personId))).toHaveLength(
      1,
    );
    expect(parentOf[0].placement.carerPersonId).not.toBeNull();
    expect(parentOf[0].placement.placementType).toMatch(/^U/);

    const placedWithCarer = demo.children.filter((c) => c.placement.carerPersonId === account('foster-carer').personId);
    expect(placedWithCarer).toHaveLength(2);

    const self = demo.children.filter((c) => c.personId === account('young-person').personId);
    expect(self).toHaveLength(1);
    const age = ageOn(self[0].dateOfBirth, TODAY);
    expect(age).toBeGreaterThanOrEqual(12);
    expect(age).toBeLessThanOrEqual(17);

    // The demo IRO sees every child the other demo accounts are linked to.
    const iroChildren = new Set(caseloadOf(account('iro').personId, 'iro').map((c) => c.id));
    for (const c of [...parentOf, ...placedWithCarer, ...self]) expect(iroChildren.has(c.id)).toBe(true);
  });
});
