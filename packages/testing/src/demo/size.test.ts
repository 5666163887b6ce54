import { describe, expect, it } from 'vitest';
import { demoAuthority } from './authority';
import { DEFAULT_DEMO_CHILDREN, demoChildrenFromEnv, demoSize } from './size';

const TODAY = '2026-11-23';

describe('the demo authority at a size (DEMO_CHILDREN)', () => {
  it('is today’s demo when DEMO_CHILDREN is unset or blank', () => {
    expect(demoChildrenFromEnv({})).toBe(DEFAULT_DEMO_CHILDREN);
    expect(demoChildrenFromEnv({ DEMO_CHILDREN: ' ' })).toBe(300);
    expect(JSON.stringify(demoAuthority(TODAY, 300))).toBe(JSON.stringify(demoAuthority(TODAY)));
  });

  it('reads a whole number from 300 and refuses anything else', () => {
    expect(demoChildrenFromEnv({ DEMO_CHILDREN: '3000' })).toBe(3000);
    for (const bad of ['299', '3000.5', 'many', '-1', '1000000'])
      expect(() => demoChildrenFromEnv({ DEMO_CHILDREN: bad })).toThrow(/DEMO_CHILDREN/);
  });

  it('shares every child out to IROs and social workers, the extra IROs with 50 to 70 each', () => {
    const size = demoSize(3000);
    expect(size.iroCaseloads.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(size.socialWorkerCaseloads.reduce((a, b) => a + b, 0)).toBe(3000);
    // All but the last further IRO (who takes what is left) have a realistic caseload.
    for (const n of size.iroCaseloads.slice(6, -1)) {
      expect(n).toBeGreaterThanOrEqual(50);
      expect(n).toBeLessThanOrEqual(70);
    }
    expect(size.childrensHomeCount).toBe(120);
  });

  describe('at 3,000 children', () => {
    const small = demoAuthority(TODAY, 300);
    const large = demoAuthority(TODAY, 3000);
    const caseload = (personId: string, role: 'iro' | 'social_worker') =>
      large.children.filter((c) => c.allocations.some((a) => a.role === role && a.personId === personId)).length;

    it('has 3,000 children, each with an IRO, a social worker, a placement and a period of care', () => {
      expect(large.children).toHaveLength(3000);
      expect(new Set(large.children.map((c) => c.id)).size).toBe(3000);
      for (const c of large.children) {
        expect(c.allocations.map((a) => a.role).sort()).toEqual(['iro', 'social_worker']);
        expect(c.periodsOfCare.at(-1)!.endDate).toBeNull();
        expect(c.legalStatuses.length).toBeGreaterThan(0);
        expect(c.placement.startDate <= TODAY).toBe(true);
      }
      expect(large.children.reduce((n, c) => n + c.reviews.length, 0)).toBeGreaterThan(3000);
    });

    it('keeps the demo IRO’s and social worker’s caseloads the size they are at 300: only oversight grows', () => {
      const iro = large.accounts.find((a) => a.username === 'iro')!.personId;
      const sw = large.accounts.find((a) => a.username === 'social-worker')!.personId;
      expect(caseload(iro, 'iro')).toBe(50);
      expect(caseload(sw, 'social_worker')).toBe(34);
    });

    it('keeps today’s staff, their names and the demo accounts’ people, and gives every IRO a work email of their own', () => {
      const staff = (d: typeof small) =>
        d.people.filter((p) => p.role !== 'parent' && p.role !== 'foster_carer' && p.role !== 'young_person');
      expect(staff(large).slice(0, staff(small).length)).toEqual(staff(small));
      const iros = large.people.filter((p) => p.role === 'iro');
      expect(iros.length).toBeGreaterThanOrEqual(45);
      expect(new Set(iros.map((i) => i.workEmail)).size).toBe(iros.length);
      expect(new Set(large.people.map((p) => p.id)).size).toBe(large.people.length);
    });
  });
});
