import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { inputDate, notBefore, notInFuture } from '../validation';
import { ReviewState } from '../reviews/review-enums';
import { recomputeReviewSchedule } from '../reviews/stored-schedule';
import { PeriodOfCare } from './period-of-care.entity';

/**
 * A new period of care (the child became looked after again) or the end of the open one. Periods never overlap
 * and only the latest can be open, so the review clock always has one unambiguous start.
 */
export async function recordPeriodOfCare(
  em: EntityManager,
  input: { childId: string; startDate: string; endDate?: string | null },
  today: string,
): Promise<PeriodOfCare> {
  const period = await writePeriod(em, input, today);
  // A period starting or ending restarts or stops the review clock: the stored next review follows in this transaction.
  await recomputeReviewSchedule(em, [input.childId]);
  return period;
}

async function writePeriod(
  em: EntityManager,
  input: { childId: string; startDate: string; endDate?: string | null },
  today: string,
): Promise<PeriodOfCare> {
  const start = inputDate('startDate', input.startDate);
  notInFuture('startDate', start, today);
  const end = input.endDate ? inputDate('endDate', input.endDate) : null;
  if (end) {
    notBefore('endDate', end, start, 'startDate');
    notInFuture('endDate', end, today);
  }
  const repo = em.getRepository(PeriodOfCare);
  const existing = await repo.find({ where: { childId: input.childId }, order: { startDate: 'ASC' } });
  const same = existing.find((p) => p.startDate === start);
  if (same) {
    if (!end) throw badInput('startDate', 'OVERLAPS', `A period of care already starts on ${start}`);
    if (same.endDate !== null && same.endDate !== end) {
      throw badInput('endDate', 'OVERLAPS', `That period of care already ended on ${same.endDate}`);
    }
    await notBeforeRecordedReviews(em, input.childId, start, end);
    await repo.update({ id: same.id }, { endDate: end });
    return { ...same, endDate: end };
  }
  for (const p of existing) {
    const pEnd = p.endDate ?? '9999-12-31';
    const newEnd = end ?? '9999-12-31';
    if (start <= pEnd && p.startDate <= newEnd) {
      throw badInput(
        'startDate',
        'OVERLAPS',
        p.endDate
          ? `This overlaps the period of care from ${p.startDate} to ${p.endDate}`
          : `The period of care from ${p.startDate} is still open: record its end first`,
      );
    }
  }
  return repo.save(repo.create({ childId: input.childId, startDate: start, endDate: end }));
}

/**
 * Ending a period of care before a review already recorded in it would leave that review outside every period:
 * its timeliness and the review clock would silently change. The error names the latest review, so the person
 * can correct the end date (or the review) knowingly.
 */
async function notBeforeRecordedReviews(em: EntityManager, childId: string, start: string, end: string): Promise<void> {
  const [row] = await em.query<Array<{ latest: string | null }>>(
    `SELECT max(held_on)::text AS latest FROM care_planning.reviews
      WHERE child_id = $1 AND status = $2 AND held_on >= $3`,
    [childId, ReviewState.HELD, start],
  );
  if (row?.latest && row.latest > end) {
    throw badInput(
      'endDate',
      'BEFORE_RECORDED_REVIEW',
      `endDate ${end} is before a review already recorded in this period of care: the latest was held on ` +
        `${row.latest}. End the period on or after ${row.latest}, or correct that review first.`,
    );
  }
}
