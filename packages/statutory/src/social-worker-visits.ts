import type { DeadlineBasis } from './basis';
import { ENGLAND_CALENDAR } from './england-bank-holidays';
import type { HolidayCalendar } from './holiday-calendar';
import { addDays, addMonths, compareIsoDates, isAfter, isBefore, type IsoDate } from './iso-date';
import { lastWorkingDayOnOrBefore } from './working-days';

/**
 * Which reg 28 timetable applies (DOMAIN.md §1.5):
 * - standard: within 1 week of the placement starting, then at most every 6 weeks in the first year, then at most
 *   every 3 months if the placement is intended to last until 18, otherwise every 6 weeks (reg 28(2));
 * - parent_before_assessment: placed with a parent before the assessment is complete (reg 19): weekly until the
 *   first review, then at least every 6 weeks (reg 28(3));
 * - temporary_connected_person: temporary approval of a connected person (reg 24) or an interim care order while
 *   living with a parent: weekly until the first review, then at least every 4 weeks (reg 28(4));
 * - care_order_with_parent: a care order while the child lives with a parent: within 1 week of the order, then at
 *   least every 6 weeks (reg 28(5)).
 */
export type VisitRegime =
  'standard' | 'parent_before_assessment' | 'temporary_connected_person' | 'care_order_with_parent';

export const VISIT_REGIMES: readonly VisitRegime[] = [
  'standard',
  'parent_before_assessment',
  'temporary_connected_person',
  'care_order_with_parent',
];

export const VISIT_RULES = {
  first: 'CPPCR 2010 reg 28(2)(a): a visit within 1 week of the placement starting',
  firstYear: 'CPPCR 2010 reg 28(2)(b): then at intervals of not more than 6 weeks in the first year of the placement',
  untilEighteen:
    'CPPCR 2010 reg 28(2)(c): after the first year, not more than 3 months for a placement intended to last until 18',
  afterFirstYear: 'CPPCR 2010 reg 28(2)(c): after the first year, not more than 6 weeks for any other placement',
  weeklyUntilReview: 'CPPCR 2010 reg 28(3)/(4): at least weekly until the first review',
  parentAfterReview:
    'CPPCR 2010 reg 28(3): placed with a parent before assessment, after the first review at least every 6 weeks',
  connectedAfterReview:
    'CPPCR 2010 reg 28(4): temporary connected-person approval or interim care order at home, after the first review at least every 4 weeks',
  careOrderFirst: 'CPPCR 2010 reg 28(5): a visit within 1 week of the care order being made',
  careOrderThen: 'CPPCR 2010 reg 28(5): care order with the child living with a parent, then at least every 6 weeks',
} as const;

export const VISIT_INTERVAL_CONVENTION =
  'Weeks are 7 calendar days and months are calendar months (corresponding date, clamped to a shorter month), ' +
  'counted from the last visit; not moved for weekends or bank holidays (latestWorkingDay is the last working day ' +
  'on or before the due date)';

export interface NextVisitInput {
  readonly regime: VisitRegime;
  /** The placement's start, or for care_order_with_parent the date the care order was made. */
  readonly countFrom: IsoDate;
  /** Only for standard: the placement plan says it is intended to last until the child is 18. */
  readonly intendedUntilEighteen?: boolean;
  /** For the weekly regimes: the child's first looked-after review, once held. */
  readonly firstReviewHeldOn?: IsoDate | null;
  /** Visits in this placement, any order; those before countFrom or after today are ignored. */
  readonly visits: readonly IsoDate[];
  readonly today: IsoDate;
  readonly calendar?: HolidayCalendar;
}

export interface NextVisitDue {
  readonly dueBy: IsoDate;
  /** The last working day on or before dueBy, for planning. */
  readonly latestWorkingDay: IsoDate;
  readonly overdue: boolean;
  readonly lastVisit: IsoDate | null;
  readonly basis: DeadlineBasis;
}

interface Interval {
  readonly rule: string;
  readonly add: (d: IsoDate) => IsoDate;
}

const weeks = (n: number) => (d: IsoDate) => addDays(d, 7 * n);
const months = (n: number) => (d: IsoDate) => addMonths(d, n);

/** The interval after a visit on `last`, chosen by where that visit falls in the placement. */
function intervalAfter(input: NextVisitInput, last: IsoDate): Interval {
  const reviewHeld = input.firstReviewHeldOn != null && !isAfter(input.firstReviewHeldOn, last);
  switch (input.regime) {
    case 'standard': {
      // A visit before the first anniversary keeps the 6-week interval, even if the next one falls after it: the
      // shorter interval never makes a visit later than the law allows.
      if (isBefore(last, addMonths(input.countFrom, 12))) return { rule: VISIT_RULES.firstYear, add: weeks(6) };
      return input.intendedUntilEighteen
        ? { rule: VISIT_RULES.untilEighteen, add: months(3) }
        : { rule: VISIT_RULES.afterFirstYear, add: weeks(6) };
    }
    case 'parent_before_assessment':
      return reviewHeld
        ? { rule: VISIT_RULES.parentAfterReview, add: weeks(6) }
        : { rule: VISIT_RULES.weeklyUntilReview, add: weeks(1) };
    case 'temporary_connected_person':
      return reviewHeld
        ? { rule: VISIT_RULES.connectedAfterReview, add: weeks(4) }
        : { rule: VISIT_RULES.weeklyUntilReview, add: weeks(1) };
    case 'care_order_with_parent':
      return { rule: VISIT_RULES.careOrderThen, add: weeks(6) };
  }
}

/**
 * When the next statutory social-worker visit is due (CPPCR 2010 reg 28, DOMAIN.md §1.5), as of `today`: one week
 * from the start when nobody has visited yet, otherwise the regime's interval from the last visit.
 */
export function nextVisitDue(input: NextVisitInput): NextVisitDue {
  const calendar = input.calendar ?? ENGLAND_CALENDAR;
  const counted = input.visits
    .filter((v) => !isBefore(v, input.countFrom) && !isAfter(v, input.today))
    .sort(compareIsoDates);
  const last = counted.at(-1) ?? null;
  let dueBy: IsoDate;
  let rule: string;
  let from: IsoDate;
  if (last === null) {
    dueBy = weeks(1)(input.countFrom);
    rule = input.regime === 'care_order_with_parent' ? VISIT_RULES.careOrderFirst : VISIT_RULES.first;
    from = input.countFrom;
  } else {
    const interval = intervalAfter(input, last);
    dueBy = interval.add(last);
    rule = interval.rule;
    from = last;
  }
  return {
    dueBy,
    latestWorkingDay: lastWorkingDayOnOrBefore(dueBy, calendar),
    overdue: isAfter(input.today, dueBy),
    lastVisit: last,
    basis: { rule, from, convention: VISIT_INTERVAL_CONVENTION, calendarVersion: calendar.version },
  };
}
