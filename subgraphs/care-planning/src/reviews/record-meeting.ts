import { badInput } from '@lac/subgraph-kit';
import { type EntityManager, IsNull, Not } from 'typeorm';
import type { Child } from '../children/child.entity';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { type MeetingInput, type ValidMeeting, validateMeeting } from './meeting-input';
import { ReviewDecision } from './review-decision.entity';
import { type AdditionalReviewReason, ReviewKind, ReviewState } from './review-enums';
import { Review } from './review.entity';
import { kindAndReason } from './schedule-review';
import { recomputeReviewSchedule } from './stored-schedule';
import { type ReviewColumn, updateReview } from './versioning';

export type MeetingTarget =
  | { review: Review; expectedVersion: number }
  | { review: null; kind: ReviewKind; reason: AdditionalReviewReason | null | undefined };

/**
 * The meeting's record in one transaction: the review row (held, versioned), its decisions (each with an id)
 * and the change log. A planned review becomes held; with no plan the review is created held. Saving again
 * amends the record, but only from the version the caller read.
 */
export async function recordReviewMeeting(
  em: EntityManager,
  child: Child,
  target: MeetingTarget,
  input: MeetingInput,
  by: string,
  today: string,
): Promise<string> {
  const reason = target.review ? target.review.reason : kindAndReason(target.kind, target.reason);
  const open = await em.getRepository(PeriodOfCare).findOneBy({ childId: child.id, endDate: IsNull() });
  const meeting = validateMeeting(input, {
    today,
    dateOfBirth: child.dateOfBirth,
    periodOfCareStart: open?.startDate ?? null,
  });
  const repo = em.getRepository(Review);
  const sameDay = await repo.existsBy({
    childId: child.id,
    heldOn: meeting.heldOn,
    status: ReviewState.HELD,
    ...(target.review ? { id: Not(target.review.id) } : {}),
  });
  if (sameDay) throw badInput('heldOn', 'OVERLAPS', `A review held on ${meeting.heldOn} is already recorded`);

  let reviewId: string;
  if (target.review) {
    reviewId = target.review.id;
    const before = await em.getRepository(ReviewDecision).find({ where: { reviewId }, order: { position: 'ASC' } });
    const values = recordColumns(meeting);
    const changed = changedFields(
      target.review,
      values,
      before.map((d) => d.text),
      meeting.decisions,
    );
    await updateReview(em, reviewId, target.expectedVersion, values, changed, by);
    await replaceDecisions(em, reviewId, before, meeting.decisions);
  } else {
    const saved = await repo.save(
      repo.create({ childId: child.id, kind: target.kind, reason, ...recordColumns(meeting), recordedBy: by }),
    );
    reviewId = saved.id;
    await replaceDecisions(em, reviewId, [], meeting.decisions);
  }
  // A review held (or its date amended) moves the next review: stored in the same transaction.
  await recomputeReviewSchedule(em, [child.id]);
  return reviewId;
}

/**
 * Decisions keep their ids by position when the record is amended, so what was published to each audience
 * still points at the decision (reworded, if the IRO reworded it); extra rows are removed, new ones added.
 */
async function replaceDecisions(
  em: EntityManager,
  reviewId: string,
  before: ReviewDecision[],
  texts: string[],
): Promise<void> {
  const repo = em.getRepository(ReviewDecision);
  for (const old of before.slice(texts.length)) await repo.delete({ id: old.id });
  for (const [position, text] of texts.entries()) {
    const old = before[position];
    if (old && old.text !== text) await repo.update({ id: old.id }, { text });
  }
  const added = texts.slice(before.length).map((text, i) => ({ reviewId, position: before.length + i, text }));
  if (added.length > 0) await repo.insert(added);
}

function recordColumns(m: ValidMeeting) {
  return {
    status: ReviewState.HELD,
    heldOn: m.heldOn,
    venue: m.venue,
    attendees: m.attendees,
    participationCode: m.participationCode,
    summary: m.summary,
    childPrivateWords: m.childPrivateWords,
    // Left out of the input: what was recorded before stays (recordConversationWithChild writes it too).
    ...(m.spokeToChildOn === undefined ? {} : { spokeToChildOn: m.spokeToChildOn }),
  } satisfies Partial<Record<ReviewColumn, unknown>>;
}

function changedFields(
  current: Review,
  next: ReturnType<typeof recordColumns>,
  oldDecisions: string[],
  newDecisions: string[],
): string[] {
  const fields: string[] = (Object.keys(next) as Array<keyof typeof next>).filter(
    (k) => JSON.stringify(current[k] ?? null) !== JSON.stringify(next[k] ?? null),
  );
  if (JSON.stringify(oldDecisions) !== JSON.stringify(newDecisions)) fields.push('decisions');
  return fields;
}
