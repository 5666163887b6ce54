import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { ReviewDecision } from './review-decision.entity';
import { ReviewState } from './review-enums';
import { ReviewPublication } from './review-publication.entity';
import type { Review } from './review.entity';

export interface OutcomeInput {
  childLetter: string;
  parentSummary?: string | null;
  carerSummary?: string | null;
  childDecisionIds: string[];
  parentDecisionIds: string[];
  carerDecisionIds: string[];
}

const MAX = 20_000;

function optional(field: string, value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (text.length > MAX) throw badInput(field, 'TOO_LONG', `${field} must be ${MAX} characters or fewer`);
  return text || null;
}

/**
 * Publishes the outcome of a held review in its three versions, as a new append-only row (the audit of what each
 * audience was given). Decisions must be this review's own; the child's private words may never be copied into
 * the parent's or the carer's version.
 */
export async function publishReviewOutcome(
  em: EntityManager,
  review: Review,
  input: OutcomeInput,
  by: string,
): Promise<ReviewPublication> {
  if (review.status !== ReviewState.HELD) {
    throw badInput('reviewId', 'INVALID_STATE', 'Record the review meeting before publishing its outcome');
  }
  const childLetter = optional('childLetter', input.childLetter);
  if (!childLetter)
    throw badInput(
      'childLetter',
      'REQUIRED',
      'Write the letter to the child: what they asked for, what was decided and why',
    );
  const parentSummary = optional('parentSummary', input.parentSummary);
  const carerSummary = optional('carerSummary', input.carerSummary);
  const privateWords = review.childPrivateWords?.trim();
  if (privateWords) {
    for (const [field, text] of [
      ['parentSummary', parentSummary],
      ['carerSummary', carerSummary],
    ] as const) {
      if (text?.includes(privateWords)) {
        throw badInput(
          field,
          'INVALID',
          `The ${field === 'parentSummary' ? 'parent' : 'carer'} version contains what the child said to you in private: take it out`,
        );
      }
    }
  }
  const own = new Set((await em.getRepository(ReviewDecision).findBy({ reviewId: review.id })).map((d) => d.id));
  const ids = (field: string, list: string[]) => {
    const unique = [...new Set(list)];
    if (unique.some((id) => !own.has(id)))
      throw badInput(field, 'INVALID', `${field} must list only decisions of this review`);
    return unique;
  };
  const repo = em.getRepository(ReviewPublication);
  return repo.save(
    repo.create({
      reviewId: review.id,
      childLetter,
      parentSummary,
      carerSummary,
      childDecisionIds: ids('childDecisionIds', input.childDecisionIds),
      parentDecisionIds: ids('parentDecisionIds', parentSummary ? input.parentDecisionIds : []),
      carerDecisionIds: ids('carerDecisionIds', carerSummary ? input.carerDecisionIds : []),
      publishedBy: by,
    }),
  );
}
