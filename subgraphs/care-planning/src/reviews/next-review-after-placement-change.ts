import { parseIsoDate, toDayNumber } from '@lac/statutory';
import type { LocalAuthoritySettings } from '../settings/settings';
import {
  BROUGHT_FORWARD_BASIS,
  BROUGHT_FORWARD_PLAIN_BASIS,
  reviewAfterPlacementChange,
} from './after-placement-change';
import { NextReview, type ReviewStatus } from './next-review';

export interface PlacementChangeInput {
  /** The open period of care's start and the newest review held in it: stored with the schedule. */
  periodOfCareStart: string | null;
  lastReviewHeld: string | null;
  /** Placements' fact as care-planning holds it (`care_planning.placement_changes`, docs/decisions/0026). */
  lastPlacementChange: string | null | undefined;
  settings: Pick<LocalAuthoritySettings, 'reviewAfterPlacementChangeWorkingDays'>;
  today: string;
  /** May the caller read the review record (the professionals)? Only they read words naming the change. */
  professional: boolean;
}

/**
 * The regular next review (the statutory cycle, however it is computed) with the review a placement change needs
 * laid over it at read time: the earlier date wins (docs/decisions/0022). The booking is compared with the new
 * date. A caller who is not a professional gets the date and neutral words, so the basis tells no one of a move.
 */
export function withPlacementChange(regular: NextReview | null, input: PlacementChangeInput): NextReview | null {
  if (!regular) return null;
  if (!input.periodOfCareStart) return regular;
  const adjusted = reviewAfterPlacementChange({
    regularDueBy: regular.dueBy,
    lastPlacementChange: input.lastPlacementChange,
    periodOfCareStart: input.periodOfCareStart,
    lastReviewHeld: input.lastReviewHeld,
    workingDays: input.settings.reviewAfterPlacementChangeWorkingDays,
    today: input.today,
  });
  if (!adjusted) return regular;
  const late = regular.booked ? toDayNumber(parseIsoDate(regular.booked.date)) - toDayNumber(adjusted.dueBy) : 0;
  return Object.assign(new NextReview(), regular, {
    dueBy: adjusted.dueBy,
    latestWorkingDay: adjusted.latestWorkingDay,
    status: adjusted.status as ReviewStatus,
    basis: input.professional ? adjusted.basis : BROUGHT_FORWARD_BASIS,
    plainBasis: input.professional ? adjusted.plainBasis : BROUGHT_FORWARD_PLAIN_BASIS,
    bookedAfterDueBy: late > 0,
    daysLate: late > 0 ? late : null,
  });
}
