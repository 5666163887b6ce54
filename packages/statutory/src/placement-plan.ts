import { WORKING_DAY_CONVENTION, type Deadline } from './basis';
import { ENGLAND_CALENDAR } from './england-bank-holidays';
import type { HolidayCalendar } from './holiday-calendar';
import type { IsoDate } from './iso-date';
import { addWorkingDays } from './working-days';

export const PLACEMENT_PLAN_WORKING_DAYS = 5;

export const PLACEMENT_PLAN_RULE =
  'CPPCR 2010 reg 9(1): the placement plan is agreed before the placement or, where that is not reasonably ' +
  'practicable, within 5 working days of the placement starting';

/**
 * The latest date a placement plan may be agreed (DOMAIN.md §1.5, reg 9): 5 working days after the placement
 * starts, counted as every working-day deadline here is (docs/domain.md#working-days). "Before the placement" is
 * the expectation; the 5 working days are the latest the law allows, so they are what "overdue" is measured by.
 */
export function placementPlanDue(placementStart: IsoDate, calendar: HolidayCalendar = ENGLAND_CALENDAR): Deadline {
  return {
    dueBy: addWorkingDays(placementStart, PLACEMENT_PLAN_WORKING_DAYS, calendar),
    basis: {
      rule: PLACEMENT_PLAN_RULE,
      from: placementStart,
      convention: WORKING_DAY_CONVENTION,
      calendarVersion: calendar.version,
    },
  };
}
