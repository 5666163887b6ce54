import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { ReviewViews } from './review-views.entity';

const MAX_VIEWS = 10_000;

/**
 * One person's views before a review; sending again replaces them. Once the meeting is recorded they are part
 * of what the review considered and cannot change. The row lock makes a send racing the meeting's record wait
 * for it, then see the review held.
 */
export async function submitReviewViews(
  em: EntityManager,
  input: { reviewId: string; views: string },
  by: { personId: string; role: 'self' | 'parent' | 'carer' },
): Promise<ReviewViews> {
  const views = input.views.trim();
  if (!views) throw badInput('views', 'REQUIRED', 'Write what you would like to say before the review');
  if (views.length > MAX_VIEWS) throw badInput('views', 'TOO_LONG', `Views must be ${MAX_VIEWS} characters or fewer`);
  const [review]: Array<{ status: string }> = await em.query(
    `SELECT status FROM care_planning.reviews WHERE id = $1 FOR SHARE`,
    [input.reviewId],
  );
  if (review?.status !== 'planned') {
    throw badInput(
      'views',
      'INVALID_STATE',
      'The review meeting has been recorded, so views can no longer be sent or changed',
    );
  }
  await em.query(
    `INSERT INTO care_planning.review_views (review_id, person_id, role, views) VALUES ($1, $2, $3, $4)
     ON CONFLICT (review_id, person_id) DO UPDATE SET views = EXCLUDED.views, role = EXCLUDED.role, submitted_at = now()`,
    [input.reviewId, by.personId, by.role, views],
  );
  return em.getRepository(ReviewViews).findOneByOrFail({ reviewId: input.reviewId, personId: by.personId });
}
