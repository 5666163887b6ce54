import { DateScalar } from '@lac/subgraph-kit';
import { nextVisitDue, type IsoDate } from '@lac/statutory';
import { Field, ObjectType } from 'type-graphql';
import type { Placement } from '../placements/placement.entity';

@ObjectType({ description: 'When the next statutory social-worker visit is due (CPPCR reg 28), and why.' })
export class NextVisit {
  @Field(() => DateScalar) dueBy: string;
  @Field(() => DateScalar, { description: 'The last working day on or before dueBy' }) latestWorkingDay: string;
  @Field() overdue: boolean;
  @Field({ description: 'The rule, the date counted from, the counting convention and the calendar version' })
  basis: string;
}

/**
 * The next visit for a current placement. The weekly regimes run "until the first review"; that review is
 * care-planning's, not known here yet, so they stay weekly: never later than the law allows.
 */
export function nextVisit(placement: Placement, visits: readonly string[], today: string): NextVisit {
  const due = nextVisitDue({
    regime: placement.visitRegime,
    countFrom: placement.startDate as IsoDate,
    intendedUntilEighteen: placement.intendedUntilEighteen,
    firstReviewHeldOn: null,
    visits: visits as IsoDate[],
    today: today as IsoDate,
  });
  const { rule, from, convention, calendarVersion } = due.basis;
  return Object.assign(new NextVisit(), {
    dueBy: due.dueBy,
    latestWorkingDay: due.latestWorkingDay,
    overdue: due.overdue,
    basis: `${rule}. Counted from ${from}. ${convention}. Calendar ${calendarVersion}.`,
  });
}
