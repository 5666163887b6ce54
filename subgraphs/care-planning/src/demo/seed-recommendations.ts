import type { DemoAuthority } from '@lac/testing';
import { addDays, addMonths, parseIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { addRecommendation } from '../recommendations/add-recommendation';
import type { Recommendation } from '../recommendations/recommendation.entity';
import { recordOutcome } from '../recommendations/record-outcome';
import { type OutcomeFields, checkOutcome } from '../recommendations/validate';
import type { HeldReview } from '../reviews/review.entity';
import type { DemoCast, RecommendationPattern } from './cast';
import type { DemoAccess } from './demo-access';
import { RECOMMENDATIONS } from './demo-texts';
import { heldReviews } from './seed-meetings';

const plusDays = (d: string, n: number): string => addDays(parseIsoDate(d), n);
const plusMonths = (d: string, n: number): string => addMonths(parseIsoDate(d), n);
const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * Recommendations on a handful of the demo IRO's children, made at earlier reviews and dealt with at later ones
 * through addRecommendation and recordOutcome, so that each drift rule shows somewhere (see RecommendationPattern),
 * beside ones achieved, dropped and simply open.
 */
export async function seedRecommendations(
  em: EntityManager,
  authority: DemoAuthority,
  cast: DemoCast,
  access: DemoAccess,
): Promise<number> {
  const { today } = authority;
  const reviews = await heldReviews(
    em,
    cast.recommendations.map((r) => r.child.id),
  );
  let made = 0;
  for (const [n, { child, pattern }] of cast.recommendations.entries()) {
    await access.mustPerform(cast.iroId, child.id, 'add_recommendation');
    await access.mustPerform(cast.iroId, child.id, 'record_recommendation_outcome');
    const start = child.periodsOfCare.at(-1)!.startDate;
    const held = reviews.get(child.id)!.filter((r) => r.heldOn >= start);
    const [r2, r1, r0] = [held.at(-3), held.at(-2)!, held.at(-1)!];
    const socialWorker = child.allocations.find((a) => a.role === 'social_worker')!.personId;
    const text = (k: number) => RECOMMENDATIONS[(n + k) % RECOMMENDATIONS.length];
    const add = (at: HeldReview, k: number, dueDate: string, owner: { ownerPersonId?: string; ownerRole?: string }) =>
      addRecommendation(em, at, { ...text(k), ...owner, dueDate }, cast.iroId);
    const outcome = (rec: Recommendation, at: HeldReview, fields: OutcomeFields) =>
      recordOutcome(em, {
        recommendationId: rec.id,
        review: at,
        expectedVersion: rec.version,
        outcome: checkOutcome(fields, at.heldOn),
        recordedBy: cast.iroId,
      });

    const achieved = await add(r1, 1, plusMonths(r1.heldOn, 2), { ownerRole: 'Supervising social worker' });
    await outcome(achieved, r0, { outcome: 'achieved' });
    made += 1;
    made += await byPattern(pattern);

    async function byPattern(p: RecommendationPattern): Promise<number> {
      if (p === 'stalled') {
        // Carried forward at the last two reviews in a row, each time with a new date but no progress.
        let rec = await add(r2!, 0, plusMonths(r2!.heldOn, 2), { ownerPersonId: socialWorker });
        const carried = 'carried_forward' as const;
        rec = await outcome(rec, r1, {
          outcome: carried,
          reason: 'The social worker changed',
          newDueDate: plusMonths(r1.heldOn, 2),
        });
        await outcome(rec, r0, {
          outcome: carried,
          reason: 'Still waiting for a worker',
          newDueDate: plusMonths(r0.heldOn, 3),
        });
        await add(r0, 2, plusMonths(r0.heldOn, 4), { ownerRole: 'Designated teacher' });
        return 2;
      }
      if (p === 'no-new-date') {
        // Carried forward at the last review with progress noted but no new date; another dropped there.
        const rec = await add(r1, 0, plusMonths(r1.heldOn, 2), { ownerPersonId: socialWorker });
        await outcome(rec, r0, {
          outcome: 'carried_forward',
          reason: 'The first sessions were cancelled',
          progress: 'Two sessions held; the child enjoyed them',
        });
        const dropped = await add(r1, 3, plusMonths(r1.heldOn, 3), { ownerRole: 'Virtual school head' });
        await outcome(dropped, r0, {
          outcome: 'dropped',
          reason: 'No longer needed: the child changed school and the new school has a plan',
        });
        return 2;
      }
      // Made at the last review and already past its date.
      await add(r0, 0, minDate(plusDays(r0.heldOn, 28), plusDays(today, -1)), { ownerPersonId: socialWorker });
      await add(r0, 2, plusMonths(r0.heldOn, 6), { ownerRole: 'Looked-after children nurse' });
      return 2;
    }
  }
  return made;
}
