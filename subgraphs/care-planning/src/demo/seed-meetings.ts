import type { DemoAuthority, DemoChild } from '@lac/testing';
import { addDays, addWorkingDays, parseIsoDate, participationCodeAllowed } from '@lac/statutory';
import { type EntityManager, In } from 'typeorm';
import { Child } from '../children/child.entity';
import { publishReviewOutcome } from '../reviews/publish-outcome';
import { recordReviewMeeting } from '../reviews/record-meeting';
import { recordConversationWithChild, recordTimescaleMet } from '../reviews/review-dates';
import { ReviewDecision } from '../reviews/review-decision.entity';
import { ReviewState } from '../reviews/review-enums';
import { type HeldReview, Review, isHeld } from '../reviews/review.entity';
import type { DemoCast } from './cast';
import type { DemoAccess } from './demo-access';
import { VENUES, ageOn, meetingWords, outcomeWords } from './demo-texts';

const plusWorkingDays = (d: string, n: number): string => addWorkingDays(parseIsoDate(d), n);
const plusDays = (d: string, n: number): string => addDays(parseIsoDate(d), n);

/** PN0 under 4 on the day (SSDA903 rule 440/441); otherwise a spread of ways a child takes part. */
function participation(c: DemoChild, heldOn: string, n: number): string {
  if (participationCodeAllowed('PN0', parseIsoDate(c.dateOfBirth), parseIsoDate(heldOn))) return 'PN0';
  return (['PN1', 'PN1', 'PN6', 'PN5', 'PN3'] as const)[n % 5];
}

/** Every held review of these children, oldest first, as the domain functions take them. */
export async function heldReviews(em: EntityManager, childIds: string[]): Promise<Map<string, HeldReview[]>> {
  const rows = await em
    .getRepository(Review)
    .find({ where: { childId: In(childIds), status: ReviewState.HELD }, order: { heldOn: 'ASC' } });
  const byChild = new Map<string, HeldReview[]>(childIds.map((id) => [id, []]));
  for (const r of rows.filter(isHeld)) byChild.get(r.childId)!.push(r);
  return byChild;
}

/**
 * The latest held review of each of the demo IRO's children gets its meeting record through recordReviewMeeting
 * (amending the held review, as the IRO would), when they spoke to the child, and the record timescales met on
 * time, except for the few cast as overdue. Then the outcome is published for the children the parent, carer and
 * young person accounts can see.
 */
export async function seedMeetings(
  em: EntityManager,
  authority: DemoAuthority,
  cast: DemoCast,
  access: DemoAccess,
): Promise<number> {
  const { today } = authority;
  const name = (id: string) => authority.people.find((p) => p.id === id)!.displayName;
  const children = new Map(
    (await em.getRepository(Child).findBy({ id: In(cast.withMeeting.map((c) => c.id)) })).map((c) => [c.id, c]),
  );
  const reviews = await heldReviews(
    em,
    cast.withMeeting.map((c) => c.id),
  );
  let recorded = 0;
  for (const [n, c] of cast.withMeeting.entries()) {
    const review = reviews.get(c.id)!.at(-1)!;
    await access.mustPerform(cast.iroId, c.id, 'record_review_meeting');
    const heldOn = review.heldOn;
    const age = ageOn(c, heldOn);
    const code = participation(c, heldOn, n);
    const words = meetingWords(c, age, n);
    const attendees = [
      { name: name(cast.iroId), role: 'Independent reviewing officer (chair)' },
      { name: name(c.allocations.find((a) => a.role === 'social_worker')!.personId), role: 'Social worker' },
      c.placement.carerPersonId
        ? { name: name(c.placement.carerPersonId), role: 'Foster carer' }
        : { name: 'Key worker', role: 'Children’s home' },
      ...c.parents
        .filter((p) => p.hasParentalResponsibility)
        .slice(0, 1)
        .map((p) => ({ name: name(p.personId), role: 'Parent' })),
      ...(['PN1', 'PN2', 'PN3', 'PN4'].includes(code)
        ? [{ name: `${c.givenName} ${c.familyName}`, role: 'The child' }]
        : []),
    ];
    await recordReviewMeeting(
      em,
      children.get(c.id)!,
      { review, expectedVersion: review.version },
      { heldOn, venue: VENUES[n % VENUES.length], attendees, participationCode: code, ...words },
      cast.iroId,
      today,
    );
    let fresh = await em.getRepository(Review).findOneByOrFail({ id: review.id });
    if (age >= 4 && n % 4 !== 3) {
      await access.mustPerform(cast.iroId, c.id, 'record_conversation_with_child');
      await recordConversationWithChild(em, fresh, plusDays(heldOn, -6), cast.iroId, today);
    }
    await access.mustPerform(cast.iroId, c.id, 'record_review_timescales');
    const decisionsOn = plusWorkingDays(heldOn, 3);
    const recordOn = plusWorkingDays(heldOn, 14);
    if (!cast.decisionsOverdue.has(c.id) && decisionsOn <= today) {
      await recordTimescaleMet(em, fresh, 'decisionsIssuedOn', decisionsOn, cast.iroId, today);
      if (!cast.fullRecordOverdue.has(c.id) && recordOn <= today) {
        await recordTimescaleMet(em, fresh, 'recordCompletedOn', recordOn, cast.iroId, today);
      }
    }
    if (cast.published.includes(c)) {
      await access.mustPerform(cast.iroId, c.id, 'publish_review_outcome');
      fresh = await em.getRepository(Review).findOneByOrFail({ id: review.id });
      const decisions = await em
        .getRepository(ReviewDecision)
        .find({ where: { reviewId: review.id }, order: { position: 'ASC' } });
      const ids = (positions: number[]) => positions.map((p) => decisions[p].id);
      await publishReviewOutcome(
        em,
        fresh,
        // The child and the parent hear about the placement, family time and school; the carer also about respite.
        {
          ...outcomeWords(c, age),
          childDecisionIds: ids([0, 1, 2]),
          parentDecisionIds: ids([0, 1]),
          carerDecisionIds: ids([0, 1, 2, 3]),
        },
        cast.iroId,
      );
    }
    recorded += 1;
  }
  return recorded;
}
