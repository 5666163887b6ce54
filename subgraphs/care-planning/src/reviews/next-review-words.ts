import {
  FIRST_REVIEW_WORKING_DAYS,
  type ReviewDueKind,
  SECOND_REVIEW_MONTHS,
  SUBSEQUENT_REVIEW_MONTHS,
} from '@lac/statutory';
import { longDate } from '@lac/statutory';

/**
 * Why the next review is due when it is, for a young person, a parent or a carer: the same rule as `basis`
 * (docs/domain.md#review-timescales), without regulation numbers or counting conventions. The numbers come from
 * packages/statutory, so the words cannot drift from the rule.
 */
export function plainReviewBasis(kind: ReviewDueKind, from: string): string {
  switch (kind) {
    case 'first':
      return `The first review happens within ${FIRST_REVIEW_WORKING_DAYS} working days (about 4 weeks) of coming into care, which was on ${longDate(from)}.`;
    case 'second':
      return `The second review happens within ${SECOND_REVIEW_MONTHS} months of the first one, which was on ${longDate(from)}.`;
    case 'subsequent':
      return `Reviews happen at least every ${SUBSEQUENT_REVIEW_MONTHS} months. The last one was on ${longDate(from)}.`;
  }
}
