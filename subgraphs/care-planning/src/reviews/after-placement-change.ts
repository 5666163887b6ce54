import {
  DEFAULT_DUE_SOON_WORKING_DAYS,
  ENGLAND_CALENDAR,
  type HolidayCalendar,
  type IsoDate,
  WORKING_DAY_CONVENTION,
  addWorkingDays,
  isAfter,
  isBefore,
  lastWorkingDayOnOrBefore,
  parseIsoDate,
  workingDaysBetween,
} from '@lac/statutory';
import { longDate } from '@lac/statutory';

/** The facts the rule reads; the regular due date comes from the statutory cycle (`nextReviewDue`). */
export interface PlacementChangeFacts {
  /** The regular statutory due date: the running cycle, already computed. */
  regularDueBy: string;
  /** When the child last moved from one placement to another (placements' fact, held here: decision 0026). */
  lastPlacementChange: string | null | undefined;
  /** The start of the open period of care: a move before it belongs to an earlier period. */
  periodOfCareStart: string;
  /** The newest review held in this period, of any kind; null before the first. */
  lastReviewHeld: string | null;
  /** The local authority's setting; 0 turns the rule off. */
  workingDays: number;
  today: string;
  calendar?: HolidayCalendar;
}

/** What changes in the next review when the move brings it forward. */
export interface ReviewAfterPlacementChange {
  dueBy: IsoDate;
  latestWorkingDay: IsoDate;
  status: 'overdue' | 'due_soon' | 'on_track';
  /** For the professionals: names the change, the local rule and what it is earlier than. */
  basis: string;
  /** For the professionals, in plain words. */
  plainBasis: string;
}

/**
 * A placement change is a significant change that needs a review (DOMAIN.md §1.1, CPPCR 2010 reg 32(2)); the law
 * gives no interval, so the local authority sets one in working days (docs/decisions/0022). The move brings the next
 * review forward only when it came after the last review held in this period of care (that review could not have
 * considered it) and its date is earlier than the regular one; a move can never postpone the cycle. Null when the
 * regular date stands.
 */
export function reviewAfterPlacementChange(facts: PlacementChangeFacts): ReviewAfterPlacementChange | null {
  const { lastPlacementChange: moved, workingDays } = facts;
  if (!moved || workingDays <= 0) return null;
  const change = parseIsoDate(moved);
  if (isBefore(change, parseIsoDate(facts.periodOfCareStart))) return null;
  if (facts.lastReviewHeld && !isAfter(change, parseIsoDate(facts.lastReviewHeld))) return null;
  const calendar = facts.calendar ?? ENGLAND_CALENDAR;
  const dueBy = addWorkingDays(change, workingDays, calendar);
  const regular = parseIsoDate(facts.regularDueBy);
  if (!isBefore(dueBy, regular)) return null;
  const today = parseIsoDate(facts.today);
  const status = isAfter(today, dueBy)
    ? 'overdue'
    : workingDaysBetween(today, dueBy, calendar) <= DEFAULT_DUE_SOON_WORKING_DAYS
      ? 'due_soon'
      : 'on_track';
  return {
    dueBy,
    latestWorkingDay: lastWorkingDayOnOrBefore(dueBy, calendar),
    status,
    basis:
      `A review after the placement change on ${longDate(moved)} (local rule, ${workingDays} working days). ` +
      `CPPCR 2010 reg 32(2): no significant change to the care plan without a review; earlier than the regular ` +
      `review due by ${longDate(facts.regularDueBy)}. Counted from ${moved}. ${WORKING_DAY_CONVENTION}. ` +
      `Calendar ${calendar.version}.`,
    plainBasis:
      `The review is brought forward because the child moved placement on ${longDate(moved)}: it happens within ` +
      `${workingDays} working days of the move.`,
  };
}

/**
 * What a caller who may not see the review record reads instead (a parent, the young person, a carer, an
 * advocate): the date alone, with words that name no placement change (docs/decisions/0022).
 */
export const BROUGHT_FORWARD_BASIS = 'The local authority brought the next review forward under its own rule.';
export const BROUGHT_FORWARD_PLAIN_BASIS =
  'The next review has been brought forward. The social worker or the IRO can tell you more.';
