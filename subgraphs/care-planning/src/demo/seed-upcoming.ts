import type { DemoAuthority } from '@lac/testing';
import { addWorkingDays, nextReviewDue, parseIsoDate } from '@lac/statutory';
import { type DataSource, In } from 'typeorm';
import { Child } from '../children/child.entity';
import { ReviewKind } from '../reviews/review-enums';
import { scheduleReview } from '../reviews/schedule-review';
import { submitReviewViews } from '../reviews/submit-views';
import { demoCast, reviewsInPeriod } from './cast';
import { DemoAccess } from './demo-access';

export interface UpcomingSeedResult {
  /** False when the reviews were already planned (or planned and since held) and nothing was written. */
  seeded: boolean;
  planned: number;
  viewsSent: number;
}

/**
 * The demo's upcoming reviews, planned through scheduleReview after placements are seeded, because the
 * invitations are the people around the child on the day a review is planned, the carer among them. The young
 * person, the parent and the carer are left to send their own views; one other parent has sent theirs. One
 * transaction; does nothing when the young person's review has been planned before.
 */
export async function seedUpcomingReviews(
  dataSource: DataSource,
  authority: DemoAuthority,
): Promise<UpcomingSeedResult> {
  const cast = demoCast(authority);
  const { today } = authority;
  const yp = cast.youngPersonChild;
  const planned: unknown[] = await dataSource.query(
    'SELECT 1 FROM care_planning.reviews WHERE child_id = $1 AND planned_for IS NOT NULL',
    [yp.id],
  );
  if (planned.length > 0) return { seeded: false, planned: 0, viewsSent: 0 };
  const carers: unknown[] = await dataSource.query(
    `SELECT 1 FROM access.relationships WHERE child_id = $1 AND kind = 'carer'`,
    [yp.id],
  );
  if (carers.length === 0)
    throw new Error('The demo placements are missing: run the placements seeder before planning the demo reviews');

  let viewsSent = 0;
  await dataSource.transaction(async (em) => {
    const access = new DemoAccess(em, today);
    const children = new Map(
      (await em.getRepository(Child).findBy({ id: In(cast.upcoming.map((c) => c.id)) })).map((c) => [c.id, c]),
    );
    for (const c of cast.upcoming) {
      await access.mustPerform(cast.iroId, c.id, 'schedule_review');
      const due = nextReviewDue({
        periodOfCareStart: parseIsoDate(c.periodsOfCare.at(-1)!.startDate),
        reviewsHeld: reviewsInPeriod(c).map((heldOn) => ({ heldOn: parseIsoDate(heldOn), kind: 'statutory' as const })),
        today: parseIsoDate(today),
      });
      // On the last working day by its due date (an IRO does not book a Saturday meeting), or (already overdue, or
      // too soon to gather views) seven working days from today, which the IRO then sees flagged as late.
      const soonest = addWorkingDays(parseIsoDate(today), 7);
      const date = due.latestWorkingDay > soonest ? due.latestWorkingDay : soonest;
      const review = await scheduleReview(
        em,
        children.get(c.id)!,
        { date, time: '10:00', venue: 'Quillow Lane Family Centre', kind: ReviewKind.STATUTORY },
        cast.iroId,
        today,
      );
      if (c.id !== yp.id) continue;
      const otherParent = c.parents.find((p) => p.hasParentalResponsibility);
      if (!otherParent) continue;
      await access.mustPerform(otherParent.personId, c.id, 'submit_review_views');
      await submitReviewViews(
        em,
        {
          reviewId: review.id,
          views: `I would like ${c.givenName} to stay at the same school, and more time with them in the holidays.`,
        },
        { personId: otherParent.personId, role: 'parent' },
      );
      viewsSent += 1;
    }
  });
  return { seeded: true, planned: cast.upcoming.length, viewsSent };
}
