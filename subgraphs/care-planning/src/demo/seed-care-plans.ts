import type { DemoAuthority, DemoChild } from '@lac/testing';
import { addDays, parseIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { saveCarePlan } from '../care-plans/save-care-plan';
import { validateCarePlan } from '../care-plans/validate';
import { type DemoCast, reviewsInPeriod } from './cast';
import type { DemoAccess } from './demo-access';
import { ageOn, planDraft } from './demo-texts';

const plusDays = (d: string, n: number): string => addDays(parseIsoDate(d), n);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * Care plans for the demo IRO's children who have had a review in this period of care, each saved by the
 * allocated social worker through the mutation's validation and save. A save is stamped with the wall clock; the
 * demo's history is dated back from its `today`, so each version's time is then set to the day it belongs to.
 */
export async function seedCarePlans(
  em: EntityManager,
  authority: DemoAuthority,
  cast: DemoCast,
  access: DemoAccess,
): Promise<number> {
  const { today } = authority;
  let saved = 0;
  for (const [n, c] of cast.caseload.entries()) {
    const held = reviewsInPeriod(c);
    if (held.length === 0) continue;
    const socialWorker = c.allocations.find((a) => a.role === 'social_worker')!.personId;
    await access.mustPerform(socialWorker, c.id, 'save_care_plan');
    const swName = authority.people.find((p) => p.id === socialWorker)!.displayName;
    const start = c.periodsOfCare.at(-1)!.startDate;
    const last = held.at(-1)!;
    const options = {
      permanence: !cast.noPermanencePlan.has(c.id),
      arrangementsOnly: cast.arrangementsOnly.has(c.id),
      socialWorker: swName,
      dueFrom: plusDays(last, 90),
    };
    const versions: Array<{ on: string; draft: ReturnType<typeof planDraft> }> = [];
    if (cast.twoVersions.has(c.id)) {
      // The first version before the latest review; the second after it, with the change of plan it agreed.
      const first = maxDate(start, plusDays(last, -10));
      versions.push({
        on: first,
        draft: planDraft(c, ageOn(c, first), n, { ...options, expectedVersion: 0, override: { parallelPlan: null } }),
      });
      const second = minDate(today, plusDays(last, 3));
      const changed = { ...options, expectedVersion: 1, dueFrom: plusDays(second, 60) };
      versions.push({ on: second, draft: planDraft(c, ageOn(c, second), n + 1, changed) });
    } else {
      const on = maxDate(start, plusDays(last, -7));
      versions.push({ on, draft: planDraft(c, ageOn(c, on), n, { ...options, expectedVersion: 0 }) });
    }
    for (const v of versions) {
      const content = validateCarePlan(v.draft);
      const row = await saveCarePlan(em, {
        childId: c.id,
        expectedVersion: v.draft.expectedVersion,
        content,
        savedBy: socialWorker,
      });
      await backdate(em, c, row.version_number, v.on);
      saved += 1;
    }
  }
  return saved;
}

async function backdate(em: EntityManager, c: DemoChild, version: number, on: string): Promise<void> {
  await em.query(
    `UPDATE care_planning.care_plan_versions SET saved_at = ($3::date + time '10:30') AT TIME ZONE 'Europe/London'
      WHERE child_id = $1 AND version_number = $2`,
    [c.id, version, on],
  );
  await em.query(
    `UPDATE care_planning.care_plans SET updated_at = ($2::date + time '10:30') AT TIME ZONE 'Europe/London' WHERE child_id = $1`,
    [c.id, on],
  );
}
